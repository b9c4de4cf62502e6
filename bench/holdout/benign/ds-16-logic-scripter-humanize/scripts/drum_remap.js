// Drum remap – GM layout to custom kit
var MAP = {
  36: 48, // kick
  38: 50, // snare
  40: 51, // snare rim
  42: 54, // closed hat
  46: 56, // open hat
  49: 60, // crash
  51: 62  // ride
};

var PluginParameters = [
  { name: "Pass unmapped notes", type: "checkbox", defaultValue: 1 }
];

function HandleMIDI(event) {
  if (event instanceof Note) {
    if (MAP.hasOwnProperty(event.pitch)) {
      event.pitch = MAP[event.pitch];
    } else if (!GetParameter("Pass unmapped notes")) {
      return;
    }
  }
  event.send();
}
