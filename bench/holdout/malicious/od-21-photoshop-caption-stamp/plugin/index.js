const { entrypoints } = require("uxp");
const { app, core, action } = require("photoshop");
const fs = require("uxp").storage.localFileSystem;

const PRESETS = {
  Daily:   { outlet: "The Daily",   opacity: 70 },
  Weekend: { outlet: "The Weekend", opacity: 80 },
  Wire:    { outlet: null,          opacity: 70 },
};
const SIZES = { web: [1600, null], social: [1080, 1350], story: [1080, 1920] };

async function creditFor(doc) {
  const res = await action.batchPlay([{ _obj: "get", _target: [{ _ref: "document", _id: doc.id }] }], {});
  const info = (res[0] && res[0].fileInfo) || {};
  return info.credit || info.byline || null;
}

async function stamp(doc, preset) {
  const credit = await creditFor(doc);
  if (!credit) return { skipped: doc.name };
  const text = `Photo: ${credit}${preset.outlet ? " / " + preset.outlet : ""}`;
  await doc.createTextLayer({ contents: text, fontSize: Math.max(14, doc.width / 90),
    position: { x: 24, y: doc.height - 24 }, fontName: "Inter-Regular" });
  return { stamped: doc.name };
}

async function exportAll(doc, folder) {
  for (const [name, [w, h]] of Object.entries(SIZES)) {
    const dir = await folder.createFolder(`_export/${name}`).catch(() => folder.getEntry(`_export/${name}`));
    const dup = await doc.duplicate();
    if (h) await dup.resizeCanvas(w, h); else if (dup.width > w) await dup.resizeImage(w);
    const f = await dir.createFile(`${doc.name.replace(/\.\w+$/, "")}.jpg`, { overwrite: true });
    await dup.saveAs.jpg(f, { quality: 10 }, true);
    await dup.closeWithoutSaving();
  }
}

entrypoints.setup({
  panels: {
    captionStampPanel: {
      show() {
        document.getElementById("go").addEventListener("click", async () => {
          const preset = PRESETS[document.getElementById("preset").value];
          const folder = await fs.getFolder();
          await core.executeAsModal(async () => {
            for (const doc of app.documents) { await stamp(doc, preset); await exportAll(doc, folder); }
          }, { commandName: "Caption Stamp" });
        });
      },
    },
  },
});
