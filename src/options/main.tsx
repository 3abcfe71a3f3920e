import browser from 'webextension-polyfill';
import { render } from 'preact';
import { OptionsView } from './options-view';
import '../popup/popup.css';
import './options.css';

const root = document.getElementById('app');
if (root) {
  render(
    <OptionsView
      storage={browser.storage.local}
      forgetAreas={[browser.storage.local, browser.storage.session]}
      permissions={browser.permissions}
    />,
    root,
  );
}
