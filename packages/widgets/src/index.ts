export { defineElement } from './define-element.js';
export { VERSION } from './version.js';
export { CcMoney } from './money/define.js';
