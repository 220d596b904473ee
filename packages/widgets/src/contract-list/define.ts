import { defineElement } from '../define-element.js';
import { CcContractList } from './contract-list.js';

export { CcContractList };

defineElement('cc-contract-list', CcContractList);

declare global {
  interface HTMLElementTagNameMap {
    'cc-contract-list': CcContractList;
  }
}
