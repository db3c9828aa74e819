/*
 * Runs before office.js and the React bundle, in plain ES5 so that even the IE11 (Trident) webview of
 * volume-licensed Office 2016/2019 can run it. There the pane cannot work (React 18 and Fluent UI need a modern
 * browser), so instead of a blank or broken pane the clerk reads what to use instead.
 */
(function () {
  var ua = (window.navigator && window.navigator.userAgent) || "";
  var old = ua.indexOf("Trident/") >= 0 || ua.indexOf("MSIE ") >= 0;
  var missing = typeof window.Promise === "undefined" || typeof window.Proxy === "undefined";
  if (!old && !missing) return;
  window.nianbaoUnsupported = true;

  var html =
    "<div style=\"font-family:'Microsoft YaHei','SimSun',sans-serif;font-size:14px;line-height:1.6;padding:16px;color:#242424\">" +
    '<h1 style="font-size:18px;margin:0 0 12px">年报助手无法在此版本 Office 中运行</h1>' +
    "<p>您的 Excel 使用旧版 Internet Explorer（IE11）内核显示加载项（常见于批量授权版 Office 2016、Office 2019），" +
    "年报助手的检查界面无法在其中运行。您的工作簿没有被修改。</p>" +
    '<h2 style="font-size:15px;margin:12px 0 4px">现在可以这样检查</h2>' +
    "<ul>" +
    '<li><b>年报助手网页版</b>：在 Edge、Chrome 等浏览器中打开 <a href="web.html" target="_blank">年报助手网页版</a>，' +
    "选择报表 .xlsx 文件即可检查，文件只在本机处理，不会上传。</li>" +
    "<li><b>命令行工具</b>：单位信息化人员可批量检查：<code>nianbao check 报表.xlsx</code></li>" +
    "</ul>" +
    '<h2 style="font-size:15px;margin:12px 0 4px">长期办法</h2>' +
    "<ul>" +
    "<li>升级到 Office 2021、Office 2024 或 Microsoft 365；</li>" +
    "<li>零售版 Office 2016/2019：请信息化人员安装 Microsoft Edge WebView2 运行时后重新打开 Excel。</li>" +
    "</ul>" +
    "</div>";

  function show() {
    document.body.innerHTML = html;
  }
  if (document.body) show();
  else if (document.addEventListener) document.addEventListener("DOMContentLoaded", show);
  else window.attachEvent("onload", show);
})();
