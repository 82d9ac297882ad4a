// ast.dump against CPython 3.13, and the shape of the generated node classes.
// Expected values: tests/data/ast_dump_cases.json (tools/oracle/gen_dump_cases.py) and tools/ast_spec.json
// (tools/oracle/dump_ast_spec.py).

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import * as ast from "../dist/generated/ast.js";
import { PyBytes } from "../dist/objects/bytes.js";
import { PyComplex } from "../dist/objects/complex.js";
import { PyFloat } from "../dist/objects/float.js";
import { Ellipsis, None } from "../dist/objects/singletons.js";
import { dump } from "../dist/parser/dump.js";

const cases = JSON.parse(readFileSync(new URL("./data/ast_dump_cases.json", import.meta.url), "utf8"));
const spec = JSON.parse(readFileSync(new URL("../tools/ast_spec.json", import.meta.url), "utf8"));
/** Exports of the generated module by name (classes and singletons). */
const byName = { ...ast };

function fromBits(hex) {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt("0x" + hex));
  return view.getFloat64(0);
}

function fromHex(hex) {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** Rebuilds a tree encoded by gen_dump_cases.py through our constructors (_fields, then _attributes). */
function decode(v, constantField = false) {
  if (v === null) return constantField ? None : null;
  if (Array.isArray(v)) return v.map((x) => decode(x));
  if (typeof v !== "object") return v;
  if ("_type" in v) {
    const cls = byName[v._type];
    assert.ok(cls, `no node class ${v._type}`);
    const names = [...cls._fields, ...cls._attributes];
    const isConstant = cls === ast.Constant || cls === ast.MatchSingleton;
    // A key missing from the encoding is an attribute CPython's node did not have.
    const args = names.map((n) => (n in v ? decode(v[n], isConstant && n === "value") : undefined));
    return new cls(...args);
  }
  if ("$int" in v) return BigInt(v.$int);
  if ("$float" in v) return new PyFloat(fromBits(v.$float));
  if ("$complex" in v) return new PyComplex(fromBits(v.$complex[0]), fromBits(v.$complex[1]));
  if ("$bytes" in v) return new PyBytes(fromHex(v.$bytes));
  if ("$ellipsis" in v) return Ellipsis;
  throw new Error("cannot decode " + JSON.stringify(v));
}

/** Python keyword arguments of ast.dump → our options. */
function toOpts(o) {
  return {
    indent: o.indent ?? null,
    includeAttributes: o.include_attributes ?? false,
    annotateFields: o.annotate_fields ?? true,
    showEmpty: o.show_empty ?? false,
  };
}

function checkDumps(label, tree, dumps) {
  cases.options.forEach((o, i) => {
    const got = dump(tree, toOpts(o));
    if (got !== dumps[i]) {
      const lines = got.split("\n");
      const want = dumps[i].split("\n");
      let k = 0;
      while (k < lines.length && lines[k] === want[k]) k++;
      assert.fail(
        `${label} with ${JSON.stringify(o)}: first difference at line ${k + 1}\n got: ${lines[k]}\nwant: ${want[k]}`,
      );
    }
  });
}

// Keep in sync with hand_trees() in tools/oracle/gen_dump_cases.py.
function handTrees() {
  const { LOAD } = ast;
  const trees = {};
  trees.name_load = new ast.Module([new ast.Expr(new ast.Name("x", LOAD, 1, 0, 1, 1), 1, 0, 1, 1)], []);

  const constantNone = new ast.Constant(None, null, 2, 0, null, null);
  trees.optional = new ast.Module(
    [
      new ast.ImportFrom(null, [new ast.alias("a", null, 1, 14, 1, 15)], 1, 1, 0, 1, 15),
      new ast.Expr(constantNone, 2, 0, null, null),
      new ast.Expr(
        new ast.Dict(
          [null, new ast.Constant("k", "u", 3, 5, 3, 9)],
          [new ast.Name("d", LOAD, 3, 3, 3, 4), new ast.Constant(Ellipsis, null, 3, 11, 3, 14)],
          3,
          0,
          3,
          15,
        ),
        3,
        0,
        3,
        15,
      ),
      new ast.Match(
        new ast.Name("s", LOAD, 4, 6, 4, 7),
        [new ast.match_case(new ast.MatchSingleton(None, 5, 9, 5, 13), null, [new ast.Pass(5, 15, 5, 19)])],
        4,
        0,
        5,
        19,
      ),
    ],
    [],
  );

  trees.positional = new ast.Expression(
    new ast.Lambda(
      new ast.arguments([], [], null, [], [], null, [new ast.Constant(new PyFloat(1.5), null, 1, 0, 1, 3)]),
      new ast.Call(
        new ast.Name("f", LOAD, 1, 0, 1, 1),
        [],
        [new ast.keyword(null, new ast.Constant(new PyBytes(new Uint8Array([0, 39])), null, 1, 2, 1, 9), 1, 2, 1, 9)],
        1,
        0,
        1,
        10,
      ),
      1,
      0,
      1,
      10,
    ),
  );
  return trees;
}

test("generated node classes match tools/ast_spec.json", () => {
  let count = 0;
  for (const t of spec.types) {
    const base = byName[t.name];
    assert.equal(typeof base, "function", t.name);
    assert.equal(base._name, t.name);
    const ctors = t.kind === "sum" ? t.constructors : [t];
    for (const c of ctors) {
      const cls = byName[c.name];
      count++;
      assert.equal(cls._name, c.name);
      if (t.kind === "sum") assert.ok(cls.prototype instanceof base, `${c.name} extends ${t.name}`);
      else assert.ok(cls.prototype instanceof ast.AST);
      assert.deepEqual(
        cls._fields,
        c.fields.map((f) => f.name),
        c.name,
      );
      assert.deepEqual(
        cls._field_types,
        c.fields.map((f) => f.type + f.quantifier),
        c.name,
      );
      assert.deepEqual(
        cls._field_optional,
        c.fields.map((f) => f.quantifier === "?"),
        c.name,
      );
      assert.deepEqual(
        cls._attributes,
        t.attributes.map((a) => a.name),
        c.name,
      );
      assert.deepEqual(
        cls._attribute_optional,
        t.attributes.map((a) => a.quantifier === "?"),
        c.name,
      );
      // Constructor parameters: _fields then _attributes; every one becomes an own property, in order.
      const names = [...cls._fields, ...cls._attributes];
      assert.equal(cls.length, names.length, `${c.name} constructor arity`);
      const node = new cls(...names.map((_, i) => i));
      assert.deepEqual(Object.keys(node), names, `${c.name} property order`);
      for (const [i, n] of names.entries()) assert.equal(node[n], i);
      if (names.length === 0) {
        const singleton = c.name.replace(/(?!^)([A-Z])/g, "_$1").toUpperCase();
        assert.ok(byName[singleton] instanceof cls, `${singleton} is a ${c.name}`);
      }
    }
  }
  assert.equal(count, 111);
  for (const [name, cls] of [
    ["NOT_EQ", ast.NotEq],
    ["FLOOR_DIV", ast.FloorDiv],
    ["L_SHIFT", ast.LShift],
    ["MAT_MULT", ast.MatMult],
    ["U_ADD", ast.UAdd],
    ["U_SUB", ast.USub],
    ["LT_E", ast.LtE],
    ["GT_E", ast.GtE],
    ["IS_NOT", ast.IsNot],
    ["NOT_IN", ast.NotIn],
    ["BIT_OR", ast.BitOr],
    ["LOAD", ast.Load],
  ]) {
    assert.ok(byName[name] instanceof cls, name);
  }
});

test("dump: hand-built trees", () => {
  const built = handTrees();
  assert.deepEqual(Object.keys(built).sort(), cases.hand.map((h) => h.name).sort());
  for (const h of cases.hand) {
    checkDumps(`hand ${h.name}`, built[h.name], h.dumps);
    // The decoded copy must dump the same.
    checkDumps(`hand ${h.name} (decoded)`, decode(h.tree), h.dumps);
  }
});

test("dump: parsed snippets, every option set", () => {
  for (const [i, p] of cases.parsed.entries()) {
    checkDumps(`snippet ${i} (${p.mode})`, decode(p.tree), p.dumps);
  }
});

test("dump: indent forms and errors", () => {
  const tree = handTrees().name_load;
  assert.equal(dump(tree, {}), "Module(body=[Expr(value=Name(id='x', ctx=Load()))])");
  assert.equal(dump(tree), "Module(body=[Expr(value=Name(id='x', ctx=Load()))])");
  assert.equal(dump(tree, { indent: 2 }), dump(tree, { indent: "  " }));
  assert.equal(dump(ast.LOAD, { indent: 4 }), "Load()");
  assert.throws(() => dump("x", {}), TypeError);
});

test("dump: large tree stays linear", () => {
  const p = cases.parsed[cases.parsed.length - 1];
  const one = decode(p.tree);
  const body = [];
  for (let i = 0; i < 200; i++) body.push(...decode(p.tree).body);
  const big = new ast.Module(body, []);
  const t0 = performance.now();
  const text = dump(big, { indent: 3, includeAttributes: true });
  const ms = performance.now() - t0;
  const single = dump(one, { indent: 3, includeAttributes: true });
  assert.ok(text.length > 150 * single.length);
  assert.ok(ms < 5000, `dump took ${ms} ms`);
});
