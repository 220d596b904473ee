// Defines every <cc-…> element, as an npm user would import them.
import '@customer-center/widgets';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
