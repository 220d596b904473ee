// Entry of the self-contained bundle (dist/customer-center.js) for pages with no build
// step: registers every element and exposes the SDK, from one <script type="module">.
export * from './index.js';
export * from '@customer-center/sdk';
