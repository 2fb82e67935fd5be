//! `resp.json()`: JSON text to Python values (dicts keep the keys in the order the text gives
//! them, as CPython's `json.loads` does).

use crate::python::dict::Dict;
use crate::python::interp::Interp;
use crate::python::value::Value;
use crate::python::PyResult;
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// A parsed JSON document, with object members in text order.
enum Json {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    List(Vec<Json>),
    Object(Vec<(String, Json)>),
}

struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_unit<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Json, E> {
        Ok(Json::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Json, E> {
        Ok(Json::Int(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Json, E> {
        Ok(i64::try_from(v).map_or(Json::Float(v as f64), Json::Int))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Json, E> {
        Ok(Json::Float(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Json, E> {
        Ok(Json::Str(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> Result<Json, E> {
        Ok(Json::Str(v))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Json::List(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
        let mut members = Vec::new();
        while let Some((k, v)) = map.next_entry()? {
            members.push((k, v));
        }
        Ok(Json::Object(members))
    }
}

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Json, D::Error> {
        d.deserialize_any(JsonVisitor)
    }
}

impl Interp {
    /// Parses JSON `text` into Python values; a `ValueError` saying where the text is wrong.
    pub fn json_loads(&self, text: &str) -> PyResult<Value> {
        match serde_json::from_str::<Json>(text) {
            Ok(doc) => self.json_value(doc),
            Err(e) => Err(self.value_error(format!("invalid JSON: {e}"))),
        }
    }

    fn json_value(&self, doc: Json) -> PyResult<Value> {
        Ok(match doc {
            Json::Null => Value::None,
            Json::Bool(b) => Value::Bool(b),
            Json::Int(i) => Value::Int(i),
            Json::Float(x) => Value::Float(x),
            Json::Str(s) => Value::str(&s),
            Json::List(items) => Value::list(items.into_iter().map(|j| self.json_value(j)).collect::<PyResult<_>>()?),
            Json::Object(members) => {
                let d = Value::dict(Dict::new());
                for (k, v) in members {
                    let v = self.json_value(v)?;
                    self.set_item(&d, Value::str(&k), v)?;
                }
                d
            }
        })
    }
}
