import { defineElement } from '../define-element.js';
import { CcDocumentList } from './document-list.js';

export { CcDocumentList };

defineElement('cc-document-list', CcDocumentList);

declare global {
  interface HTMLElementTagNameMap {
    'cc-document-list': CcDocumentList;
  }
}
