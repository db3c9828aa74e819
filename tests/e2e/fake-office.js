/*
 * A small stand-in for office.js inside headless Chromium: Office.onReady, Office.context (language, requirement
 * sets, document settings) and an Excel object model over plain cell arrays. Injected before the page's scripts
 * with page.addInitScript(source, { workbook }); the test reads what happened from window.fakeExcel.
 * Writes are applied at context.sync(), as in Excel.
 */
/* global window, fakeOfficeInit */
/* eslint-disable @typescript-eslint/no-this-alias -- written as one browser script, closures keep their object */
(function (init) {
  var book = init.workbook;
  var maxApi = init.maxApi || "1.13";
  var state = {
    selected: null,
    activeSheet: book.sheets[0].name,
    fills: {},
    formats: [],
    syncs: 0,
    settings: {},
  };
  var handlers = [];
  var pending = [];
  var cfCount = 0;
  function noop() {
    return this;
  }

  function colIndex(letters) {
    var n = 0;
    for (var i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
    return n - 1;
  }
  function colName(c) {
    var s = "";
    for (c = c + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
    return s;
  }
  function a1(r, c) {
    return colName(c) + (r + 1);
  }
  function parseRect(address) {
    var parts = address.replace(/\$/g, "").split(":");
    var m1 = /^([A-Z]+)(\d+)$/.exec(parts[0]);
    var m2 = /^([A-Z]+)(\d+)$/.exec(parts[1] || parts[0]);
    return { top: +m1[2] - 1, left: colIndex(m1[1]), bottom: +m2[2] - 1, right: colIndex(m2[1]) };
  }
  function sheetOf(name) {
    for (var i = 0; i < book.sheets.length; i++) if (book.sheets[i].name === name) return book.sheets[i];
    return null;
  }
  function usedRect(sheet) {
    var bottom = sheet.values.length - 1;
    var right = 0;
    sheet.values.forEach(function (row) {
      right = Math.max(right, row.length - 1);
    });
    return { top: 0, left: 0, bottom: Math.max(bottom, 0), right: right };
  }

  function Range(sheet, rect) {
    var self = this;
    this.worksheet = null;
    this._sheet = sheet;
    this._rect = rect;
    this.isNullObject = false;
    this.rowIndex = rect.top;
    this.columnIndex = rect.left;
    this.rowCount = rect.bottom - rect.top + 1;
    this.columnCount = rect.right - rect.left + 1;
    this.address =
      sheet.name +
      "!" +
      a1(rect.top, rect.left) +
      (this.rowCount * this.columnCount > 1 ? ":" + a1(rect.bottom, rect.right) : "");
    this.addressLocal = this.address;
    var values = [];
    for (var r = rect.top; r <= rect.bottom; r++) {
      var row = [];
      for (var c = rect.left; c <= rect.right; c++) {
        var v = sheet.values[r] && sheet.values[r][c];
        row.push(v === null || v === undefined ? "" : v);
      }
      values.push(row);
    }
    /** Reads see the cells as they were; a write lands in the sheet at sync, as in Excel. */
    Object.defineProperty(this, "values", {
      get: function () {
        return values;
      },
      set: function (written) {
        pending.push(function () {
          for (var r = 0; r < written.length; r++) {
            var target = sheet.values[rect.top + r] || (sheet.values[rect.top + r] = []);
            for (var c = 0; c < written[r].length; c++) target[rect.left + c] = written[r][c];
          }
        });
      },
    });
    this.formulas = values;
    this.text = values.map(function (row) {
      return row.map(String);
    });
    this.numberFormat = values.map(function (row) {
      return row.map(function () {
        return "General";
      });
    });
    this.valueTypes = values.map(function (row) {
      return row.map(function (v) {
        return v === "" ? "Empty" : typeof v === "number" ? "Double" : "String";
      });
    });
    var loaded = null;
    var fill = {
      /** As in Excel, a load reads the value at its place in the queue, before writes queued after it. */
      load: function () {
        pending.push(function () {
          loaded = state.fills[self.address] || "#FFFFFF";
        });
      },
      clear: function () {
        pending.push(function () {
          delete state.fills[self.address];
        });
      },
    };
    Object.defineProperty(fill, "color", {
      get: function () {
        if (loaded !== null) return loaded;
        return state.fills[self.address] || "#FFFFFF";
      },
      set: function (color) {
        pending.push(function () {
          state.fills[self.address] = color;
        });
      },
    });
    this.format = {
      load: noop,
      fill: fill,
      font: {},
      borders: {
        getItem: function () {
          return {};
        },
      },
      protection: {},
    };
    this.conditionalFormats = {
      /** Every rule on the sheet: the fake does not intersect ranges. */
      get items() {
        return state.formats.filter(function (f) {
          return f.range.split("!")[0] === sheet.name;
        });
      },
      add: function (type) {
        var custom = { isNullObject: false, rule: {}, format: { fill: {}, font: {} } };
        var cf = {
          id: "cf" + ++cfCount,
          type: type,
          range: self.address,
          custom: custom,
          customOrNullObject: custom,
          load: noop,
        };
        cf.delete = function () {
          pending.push(function () {
            state.formats = state.formats.filter(function (f) {
              return f !== cf;
            });
          });
        };
        pending.push(function () {
          state.formats.push(cf);
        });
        return cf;
      },
      clearAll: function () {
        pending.push(function () {
          state.formats = state.formats.filter(function (f) {
            return f.range.split("!")[0] !== sheet.name;
          });
        });
      },
      getItemOrNullObject: function (id) {
        var found = state.formats.filter(function (f) {
          return f.id === id;
        })[0];
        return found || { isNullObject: true, delete: function () {} };
      },
      getItem: function (id) {
        return this.getItemOrNullObject(id);
      },
      load: function () {},
    };
  }
  Range.prototype.load = function () {
    return this;
  };
  Range.prototype.track = function () {
    return this;
  };
  Range.prototype.untrack = function () {
    return this;
  };
  Range.prototype.select = function () {
    var self = this;
    pending.push(function () {
      state.activeSheet = self._sheet.name;
      state.selected = self.address;
    });
  };
  Range.prototype.getCell = function (r, c) {
    return new Range(this._sheet, {
      top: this._rect.top + r,
      left: this._rect.left + c,
      bottom: this._rect.top + r,
      right: this._rect.left + c,
    });
  };
  Range.prototype.getMergedAreasOrNullObject = function () {
    var sheet = this._sheet;
    var areas = (sheet.merges || []).map(function (m) {
      return new Range(sheet, parseRect(m));
    });
    return {
      isNullObject: areas.length === 0,
      areas: { items: areas, load: function () {} },
      address: areas
        .map(function (a) {
          return a.address;
        })
        .join(","),
      areaCount: areas.length,
      load: function () {},
    };
  };
  Range.prototype.merge = function () {};
  Range.prototype.clear = function () {};

  function Worksheet(sheet) {
    var self = this;
    this.name = sheet.name;
    this.id = "ws-" + sheet.name;
    this.isNullObject = false;
    this.visibility = "Visible";
    this._sheet = sheet;
    this.onChanged = {
      add: function (handler) {
        handlers.push(handler);
        return {
          remove: function () {
            handlers = handlers.filter(function (h) {
              return h !== handler;
            });
          },
        };
      },
    };
    this.protection = {
      protected: false,
      protect: function () {},
      unprotect: function () {},
      load: function () {},
    };
    this.getRange = function (address) {
      return new Range(sheet, address ? parseRect(address) : usedRect(sheet));
    };
    this.getUsedRange = function () {
      return new Range(sheet, usedRect(sheet));
    };
    this.getUsedRangeOrNullObject = this.getUsedRange;
    this.getRangeByIndexes = function (r, c, rows, cols) {
      return new Range(sheet, { top: r, left: c, bottom: r + rows - 1, right: c + cols - 1 });
    };
    this.activate = function () {
      pending.push(function () {
        state.activeSheet = self.name;
      });
    };
    this.load = function () {
      return self;
    };
  }

  function worksheets() {
    var items = book.sheets.map(function (s) {
      return new Worksheet(s);
    });
    return {
      items: items,
      load: function () {},
      getItem: function (name) {
        var s = sheetOf(name);
        if (!s) throw new Error("ItemNotFound: " + name);
        return new Worksheet(s);
      },
      getItemOrNullObject: function (name) {
        var s = sheetOf(name);
        return s ? new Worksheet(s) : { isNullObject: true, load: function () {} };
      },
      getActiveWorksheet: function () {
        return new Worksheet(sheetOf(state.activeSheet));
      },
      add: function (name) {
        var s = { name: name || "Sheet" + (book.sheets.length + 1), values: [], merges: [] };
        book.sheets.push(s);
        return new Worksheet(s);
      },
      onChanged: {
        add: function (h) {
          handlers.push(h);
          return { remove: function () {} };
        },
      },
    };
  }

  function Context() {
    this.workbook = {
      worksheets: worksheets(),
      getSelectedRange: function () {
        return new Range(sheetOf(state.activeSheet), parseRect((state.selected || "A1").split("!").pop()));
      },
      application: { suspendApiCalculationUntilNextSync: function () {} },
      // The document's settings (ExcelApi 1.4), the store the Common API's settings below read too.
      settings: {
        add: function (key, value) {
          state.settings[key] = JSON.parse(JSON.stringify(value));
        },
        getItemOrNullObject: function (key) {
          var has = key in state.settings;
          return { isNullObject: !has, value: has ? state.settings[key] : undefined, load: function () {} };
        },
      },
      bindings: { add: function () {}, load: function () {}, items: [] },
    };
    this.runtime = { enableEvents: true };
    this.trackedObjects = { add: function () {}, remove: function () {} };
  }
  Context.prototype.sync = function () {
    state.syncs++;
    var todo = pending;
    pending = [];
    todo.forEach(function (f) {
      f();
    });
    return Promise.resolve();
  };
  Context.prototype.load = function () {};

  window.Excel = {
    run: function (a, b) {
      var batch = typeof a === "function" ? a : b;
      return Promise.resolve().then(function () {
        return batch(new Context());
      });
    },
    ConditionalFormatType: { custom: "Custom", cellValue: "CellValue" },
    EventType: { worksheetChanged: "WorksheetChanged" },
    RequestContext: Context,
  };

  var ready = { host: "Excel", platform: "PC" };
  window.Office = {
    // office.js's own Promise, which it brings to a page without one (the legacy pane makes it the page's).
    Promise: Promise,
    HostType: { Excel: "Excel" },
    PlatformType: { PC: "PC" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Matrix: "matrix", Text: "text" },
    EventType: { BindingDataChanged: "bindingDataChanged" },
    BindingType: { Matrix: "matrix" },
    onReady: function (cb) {
      return Promise.resolve().then(function () {
        if (cb) cb(ready);
        return ready;
      });
    },
    initialize: function () {},
    actions: { associate: function () {} },
    context: {
      displayLanguage: init.language || "zh-CN",
      contentLanguage: init.language || "zh-CN",
      requirements: {
        isSetSupported: function (name, version) {
          if (name !== "ExcelApi") return false;
          var want = String(version || "1.1").split(".");
          var have = String(maxApi).split(".");
          return +want[0] < +have[0] || (+want[0] === +have[0] && +(want[1] || 0) <= +(have[1] || 0));
        },
      },
      document: {
        settings: {
          get: function (k) {
            return k in state.settings ? state.settings[k] : null;
          },
          set: function (k, v) {
            state.settings[k] = v;
          },
          remove: function (k) {
            delete state.settings[k];
          },
          refreshAsync: function (cb) {
            if (cb) cb({ status: "succeeded" });
          },
          saveAsync: function (a, b) {
            var cb = typeof a === "function" ? a : b;
            if (cb) cb({ status: "succeeded" });
          },
        },
        bindings: {
          addFromNamedItemAsync: function (n, t, o, cb) {
            if (cb) cb({ status: "failed", error: { message: "not in the fake" } });
          },
        },
      },
      ui: {},
    },
  };

  window.fakeExcel = {
    state: state,
    /** The clerk types a value into a cell; onChanged handlers hear about it. */
    edit: function (sheetName, address, value) {
      var sheet = sheetOf(sheetName);
      var rc = parseRect(address);
      while (sheet.values.length <= rc.top) sheet.values.push([]);
      sheet.values[rc.top][rc.left] = value;
      handlers.forEach(function (h) {
        h({
          address: address,
          worksheetId: "ws-" + sheetName,
          changeType: "RangeEdited",
          source: "Local",
          type: "WorksheetChanged",
        });
      });
    },
  };
})(typeof fakeOfficeInit !== "undefined" ? fakeOfficeInit : window.fakeOfficeInit);
