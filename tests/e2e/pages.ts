/** Every prerendered page of the built site, as paths. */
export { builtPagePaths as builtPages } from '../../scripts/bench/built-pages.mjs';
