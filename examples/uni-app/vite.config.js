// uni-app (Vue 3 + Vite) for mp-weixin: `npm run build:mp-weixin` writes the
// mini-program to dist/build/mp-weixin/.
import { defineConfig } from 'vite';
import uni from '@dcloudio/vite-plugin-uni';

export default defineConfig({
  plugins: [uni()],
  build: {
    rollupOptions: {
      // beian-check is not bundled: the page imports its mini-program entry
      // (`beian-check/miniprogram`, whose types it gets) and the built page
      // keeps `require('beian-check')`, which WeChat resolves to
      // miniprogram_npm/beian-check/ after 工具 → 构建 npm (the package's
      // "miniprogram" field: the loader and its .wasm.br files, which
      // WXWebAssembly reads by their path in the code package).
      external: ['beian-check', 'beian-check/miniprogram'],
      output: { paths: { 'beian-check/miniprogram': 'beian-check' } },
    },
  },
});
