import { createApp } from 'vue';
import TDesign from 'tdesign-vue-next';
import 'tdesign-vue-next/es/style/index.css';
import init from 'beian-check';
import App from './App.vue';

// The wasm, the place names of the messages and the mobile home locations (R-TEL-4).
await init({ data: ['division-names', 'mobile-location'] });
createApp(App).use(TDesign).mount('#app');
document.body.dataset.ready = 'true';
