// The server needs node:sqlite without a flag (Node 22.13+). Run with an older Node (a plain
// `node scripts/serve.mjs` on a system Node 20), every teacher route would answer 500.
const MIN = [22, 13];

/** The message to print when `version` (like process.version) is too old to serve the site, else undefined. */
export function tooOldNodeMessage(version) {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  if (major > MIN[0] || (major === MIN[0] && minor >= MIN[1])) return undefined;
  return (
    `netmodes: this is Node ${version}; the server needs Node ${MIN.join('.')} or newer (for node:sqlite). ` +
    'Use the project\'s Node 24: "npm start", "npm run serve" or "npx node scripts/serve.mjs".'
  );
}
