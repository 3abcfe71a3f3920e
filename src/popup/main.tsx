import { render } from 'preact';
import { App } from './app';
import { createRealConnector } from './real-connector';

const root = document.getElementById('app');
if (root) render(<App connector={createRealConnector()} />, root);
