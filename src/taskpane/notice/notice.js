/*
 * Runs before office.js and either pane, in plain ES5 so that every webview (IE11's too) can run it. Outside Office
 * (the page opened in a plain browser tab) it puts a Chinese notice in place of the pane: what this page is and where
 * to go, so that nobody meets a blank page. IE11 itself gets the legacy pane (choose-pane.js), not a notice.
 */
(function () {
  var STYLE =
    "font-family:'Microsoft YaHei','SimSun',sans-serif;font-size:14px;line-height:1.6;padding:16px;color:#242424";
  var H1 = '<h1 style="font-size:18px;margin:0 0 12px">';
  var H2 = '<h2 style="font-size:15px;margin:12px 0 4px">';

  var OUTSIDE =
    H1 +
    "这是年报助手的 Excel 加载项窗格</h1>" +
    "<p>这个页面要在 Excel 里作为加载项打开，单独在浏览器中无法使用。</p>" +
    H2 +
    "在 Excel 中使用</h2>" +
    "<ul>" +
    "<li>由单位信息化人员把 manifest.xml 放到共享文件夹并添加为受信任的加载项目录后，" +
    "在 Excel 中点 插入 › 我的加载项 › 共享文件夹 › 年报助手；</li>" +
    "<li>开发或试用时：Excel › 插入 › 我的加载项 › 上传我的加载项，选择 manifest.xml。</li>" +
    "</ul>" +
    H2 +
    "不用 Excel 也可以检查</h2>" +
    '<p>打开 <a href="web.html">年报助手网页检查器</a>，选择统计表 .xlsx 文件即可检查；文件只在本机浏览器中处理，不会上传。</p>';

  function show(html) {
    function put() {
      if (window.nianbaoNotice) return;
      window.nianbaoNotice = true;
      document.body.innerHTML = '<main style="' + STYLE + '">' + html + "</main>";
    }
    if (document.body) put();
    else if (document.addEventListener) document.addEventListener("DOMContentLoaded", put);
    else window.attachEvent("onload", put);
  }

  /* Called by the pane when office.js answers that there is no Office host, or could not be loaded at all. */
  window.nianbaoOutsideOffice = function () {
    show(OUTSIDE);
  };

  /*
   * office.js finds its host through these (OSF _retrieveHostInfo: agaveHost or window.external.GetHostInfo in the
   * desktop webviews, the address, the window name or session storage on the web, an iframe parent); with none of
   * them it is outside Office. There the notice comes after 2.5 s even if office.js never loads; inside Office a
   * slow start is left alone.
   */
  function hostSignals() {
    try {
      var ext = window.external;
      if (typeof window.agaveHost !== "undefined") return true;
      if (ext && typeof ext === "object" && "GetHostInfo" in ext) return true;
      if (window.parent !== window) return true;
      if (/_host_Info=|_xdm_Info=/.test(String(window.location.search) + String(window.location.hash)))
        return true;
      if (/hostInfo|xdmInfo/.test(String(window.name))) return true;
      if (window.sessionStorage && window.sessionStorage.getItem("hostInfoValue")) return true;
      if (window.webkit && window.webkit.messageHandlers) return true;
    } catch (e) {
      return true;
    }
    return false;
  }
  if (!hostSignals()) {
    window.setTimeout(function () {
      if (!window.nianbaoStarted) window.nianbaoOutsideOffice();
    }, 2500);
  }
})();
