/**
 * Cross-site form submissions are refused on every on-demand route (src/server/cross-site.ts), in
 * place of Astro's own origin check so that the API can answer with its JSON error.
 */
import { defineMiddleware } from 'astro:middleware';
import { crossSiteRefusal, isCrossSiteSubmission } from './server/cross-site.ts';

export const onRequest = defineMiddleware((context, next) => {
  if (!context.isPrerendered && isCrossSiteSubmission(context.request, context.url)) return crossSiteRefusal(context.request, context.url);
  return next();
});
