// Packaging (npm run dist): electron-builder settings for Linux, Windows and macOS installers.
// Everything the app needs is bundled into dist/ (renderer by Vite, main and preload by esbuild), so no node_modules ship.
/** @type {import('electron-builder').Configuration} */
const config = {
  appId: 'org.cohortcoach.app',
  productName: 'Cohort Coach',
  copyright: 'Copyright © Cohort Coach',
  directories: { output: 'release', buildResources: 'build' },
  files: ['dist/**/*', 'package.json', '!node_modules/**/*'],
  asar: true,
  // Fuses are flipped here, after packing and before signing (see build/afterPack.cjs).
  afterPack: 'build/afterPack.cjs',
  linux: {
    target: ['deb', 'AppImage'],
    category: 'Office',
    icon: 'build/icon.png',
    synopsis: 'Coach caseworkers through new technology, one cohort at a time.',
    // Debian packages need a maintainer with an e-mail address.
    maintainer: 'Cohort Coach <maintainers@cohortcoach.org>',
  },
  win: {
    target: ['nsis'],
    icon: 'build/icon.png',
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
  },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.productivity',
    icon: 'build/icon.png',
    hardenedRuntime: true,
  },
};

module.exports = config;
