/**
 * The playground's state in the URL hash (`#play=bridge.<base64url of the UTF-8 text>`), so a link
 * restores exactly what the reader wrote, Korean comments included, and survives a language switch.
 */
import { isPresetId, type PresetId } from './presets.ts';

export interface SharedState {
  preset: PresetId;
  text: string;
}

const KEY = 'play=';
/** Longer hashes are refused rather than decoded: a shared config is a few KB at most. */
const MAX_HASH = 64_000;

export function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Undefined for anything that is not valid base64url of valid UTF-8. */
export function fromBase64Url(data: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(data) || data.length % 4 === 1) return undefined;
  try {
    const bin = atob(data.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function encodeHash(state: SharedState): string {
  return `#${KEY}${state.preset}.${toBase64Url(state.text)}`;
}

export function decodeHash(hash: string): SharedState | undefined {
  if (hash.length > MAX_HASH) return undefined;
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!h.startsWith(KEY)) return undefined;
  const body = h.slice(KEY.length);
  const dot = body.indexOf('.');
  if (dot < 0) return undefined;
  const preset = body.slice(0, dot);
  const text = fromBase64Url(body.slice(dot + 1));
  if (!isPresetId(preset) || text === undefined) return undefined;
  return { preset, text };
}

/** The share link for the page the reader is on. */
export function shareUrl(location: Pick<Location, 'origin' | 'pathname' | 'search'>, state: SharedState): string {
  return `${location.origin}${location.pathname}${location.search}${encodeHash(state)}`;
}
