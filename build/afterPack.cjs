// electron-builder afterPack hook: flips Electron's fuses in the packaged binary, turning off the ways a packaged app
// could be made to run arbitrary code (run as Node, NODE_OPTIONS, --inspect) and making it load only its signed asar.
const path = require('node:path');
const { flipFuses, FuseVersion, FuseV1Options } = require('@electron/fuses');

/** The packaged Electron executable, named as electron-builder names it on each platform. */
function executablePath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
    case 'win32':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    default:
      return path.join(appOutDir, packager.executableName);
  }
}

/** @param {import('electron-builder').AfterPackContext} context */
exports.default = async function afterPack(context) {
  const isMac = context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas';
  await flipFuses(executablePath(context), {
    version: FuseVersion.V1,
    // Flipping fuses invalidates the ad-hoc signature of Apple-silicon builds; re-sign ad hoc (real signing follows).
    resetAdHocDarwinSignature: isMac && context.arch === 3 /* Arch.arm64 */,
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    // The app is served from app://, never file://, so file: pages need no extra powers.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  });
};
