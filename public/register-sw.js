// Registers the offline worker (built from src/offline/sw.ts) after the page has loaded, so its
// downloads never compete with the page's own. A module file, not an inline script: the site's
// Content-Security-Policy allows scripts from 'self' only.
if ('serviceWorker' in navigator) {
  addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch((error) => {
      console.warn('netmodes: offline reading is unavailable:', error);
    });
  });
}
