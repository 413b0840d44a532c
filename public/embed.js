// Artisanat Atlas — host script for embedded widgets. Add it once to a page that embeds
// widgets as <iframe data-atlas-embed src=".../embed/...">: each widget posts its height
// ({ type: "artisanat-atlas:height", height }) whenever it changes, and this script sets the
// height of the iframe it came from. It reads no other message, sends nothing and stores
// nothing.
(function () {
  'use strict';
  var TYPE = 'artisanat-atlas:height';
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== TYPE || typeof data.height !== 'number' || !(data.height >= 0)) return;
    var frames = document.querySelectorAll('iframe[data-atlas-embed]');
    for (var i = 0; i < frames.length; i += 1) {
      var frame = frames[i];
      if (frame.contentWindow === event.source && new URL(frame.src, location.href).origin === event.origin) {
        frame.style.height = Math.ceil(data.height) + 'px';
      }
    }
  });
})();
