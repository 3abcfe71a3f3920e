/// <reference types="@crxjs/vite-plugin/client" />
declare const __BROWSER__: 'chrome' | 'firefox';
declare const __TEST_BUILD__: boolean;
