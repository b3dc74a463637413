import { createApp } from 'vue';
import Vant from 'vant';
import 'vant/lib/index.css';
import init from 'beian-check';
import App from './App.vue';

// The wasm, the place names of the messages and the mobile home locations (R-TEL-4).
await init({ data: ['division-names', 'mobile-location'] });
createApp(App).use(Vant).mount('#app');
document.body.dataset.ready = 'true';
