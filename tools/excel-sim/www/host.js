/*
 * The browser end of the simulated Excel: relays office.js's XDM messages between the add-in frames and the
 * simulator (POST /sim/xdm), and delivers what the simulator streams back (/sim/events): answers, pushed events,
 * frames to open. All the host's logic lives in the simulator (tools/excel-sim/xdm-host.ts).
 */
/* global window, document, location, fetch, EventSource */
(function () {
  "use strict";
  var frames = {};
  var byWindow = [];
  // host$platform$version$locale$correlation$isDialog$disableLogging$flags (office.js _retrieveHostInfo)
  function hostInfo(role) {
    return "Excel$Web$16.00$zh-CN$$" + (role === "dialog" ? "isDialog" : "") + "$disableLogging$0";
  }

  function open(spec) {
    var iframe = document.createElement("iframe");
    iframe.className = spec.role;
    iframe.title = spec.role;
    iframe.name = spec.role;
    var sep = spec.path.indexOf("?") >= 0 ? "&" : "?";
    iframe.src =
      spec.path + sep + "_host_Info=" + hostInfo(spec.role) +
      "#&_xdm_Info=" + spec.conversation + "$nianbao-sim$" + location.origin;
    document.body.appendChild(iframe);
    frames[spec.conversation] = iframe;
    byWindow.push({ win: iframe.contentWindow, conversation: spec.conversation });
  }

  function deliver(m) {
    var iframe = frames[m._conversationId];
    if (iframe && iframe.contentWindow) iframe.contentWindow.postMessage(JSON.stringify(m), location.origin);
  }

  window.addEventListener("message", function (e) {
    if (e.origin !== location.origin || typeof e.data !== "string") return;
    var m;
    try {
      m = JSON.parse(e.data);
    } catch {
      return;
    }
    if (!m || m._messageType !== 0) return;
    fetch("/sim/xdm", { method: "POST", body: e.data, headers: { "Content-Type": "application/json" } });
  });

  var events = new EventSource("/sim/events");
  events.onmessage = function (e) {
    var event = JSON.parse(e.data);
    if (event.open) open(event.open);
    if (event.deliver) deliver(event.deliver);
    if (event.close && frames[event.close]) {
      frames[event.close].remove();
      delete frames[event.close];
    }
  };
})();
