// Plain CommonJS so it runs on any Node: stops early, with what to do, when Node is too old for Doable.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(
    `Doable needs Node.js 22.18 or newer (24 LTS recommended); this is ${process.version}.\n` +
      'Use `nvm use` (the repository has an .nvmrc), or without nvm:\n' +
      '  npm i --prefix ~/.cache/doable/node-24 node@24 && export PATH=~/.cache/doable/node-24/node_modules/.bin:$PATH',
  );
  process.exit(1);
}
