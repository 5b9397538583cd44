// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import react from '@astrojs/react';
import mdx from '@astrojs/mdx';
import node from '@astrojs/node';
import { offline } from './src/offline/integration.ts';
import { courseSidebar } from './src/course/outline.ts';
import { labFiles } from './src/labs/vite-plugin.ts';

// Lessons are prerendered; only the language redirect at `/`, the localized 404 and the
// teacher API run on demand in the Node server.
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  output: 'static',
  // NETMODES_DIST lets parallel builds (tests, benchmarks) use separate output folders.
  outDir: process.env.NETMODES_DIST ?? './dist',
  // scripts/serve.mjs wraps the standalone handler (static files + on-demand routes) to add compression.
  adapter: node({ mode: 'standalone' }),
  trailingSlash: 'ignore',
  server: { port: Number(process.env.PORT ?? 4321), host: process.env.HOST ?? 'localhost' },
  // Not weakened: src/middleware.ts applies the same cross-site rule (src/server/cross-site.ts) and
  // answers the API's paths with its JSON error instead of Astro's plain-text 403.
  security: { checkOrigin: false },
  // Lab files (content/labs/*.yaml?lab) are compiled at build time: pages ship plain data.
  vite: { plugins: [labFiles()] },
  integrations: [
    starlight({
      title: 'netmodes',
      description: 'Proxmox VE network modes, learned by doing.',
      defaultLocale: 'en',
      locales: {
        en: { label: 'English', lang: 'en' },
        ko: { label: '한국어', lang: 'ko' },
      },
      disable404Route: true,
      lastUpdated: false,
      pagination: true,
      customCss: ['./src/styles/site.css'],
      // Long lines (conntrack entries, iptables rules) wrap instead of scrolling sideways: readable on a
      // phone, and no scrollable code regions that keyboard users would have to reach.
      expressiveCode: {
        defaultProps: { wrap: true, preserveIndent: true },
        // Starlight finds a code block's language from its path under src/content/docs; our lessons live
        // in content/docs, so without this every copy button would speak English.
        getBlockLocale: ({ file }) => /[\\/]content[\\/]docs[\\/](ko|en)[\\/]/.exec(file.path)?.[1] ?? 'en',
      },
      components: {
        Head: './src/components/Head.astro',
        Search: './src/components/Search.astro',
        Header: './src/components/Header.astro',
        PageTitle: './src/components/PageTitle.astro',
        MarkdownContent: './src/components/MarkdownContent.astro',
      },
      // Course order lives in src/course/outline.ts; previous/next links follow the sidebar.
      sidebar: courseSidebar(),
    }),
    react(),
    mdx(),
    // After Starlight: its build:done hook writes the Pagefind index the offline precache lists.
    offline(),
  ],
});
