import { render } from 'preact';
import browser from 'webextension-polyfill';
import { App } from './app';
import { createRealConnector } from './real-connector';

const root = document.getElementById('app');
if (root) render(<App connector={createRealConnector()} settingsStorage={browser.storage.local} />, root);
