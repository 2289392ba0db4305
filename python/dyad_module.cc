// Python module `dyad`: code articles from Python with the same library as the
// command line. The Pipeline (dictionaries + model) is loaded once and shared;
// coding releases the GIL so several Python threads can code at once.
//
//   import dyad
//   p = dyad.Pipeline()                      # bundled dictionaries and model
//   for e in p.code("Russia urges Armenia not to trust the West", date="20240115"):
//       print(e["source"], e["code"], e["target"])
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <memory>
#include <mutex>

#include "dyad/ingest.h"
#include "dyad/pipeline.h"

namespace py = pybind11;

namespace {

py::list ToPython(const std::vector<dyad::Event>& events) {
  py::list out;
  for (const dyad::Event& e : events) {
    py::dict d;
    d["doc_id"] = e.doc_id;
    d["sentence"] = e.sentence;
    d["date"] = e.date.empty() ? py::object(py::none()) : py::object(py::str(e.date));
    d["source"] = e.source;
    d["target"] = e.target;
    d["code"] = e.code;
    d["root"] = e.root;
    d["quad_class"] = e.quad_class;
    d["goldstein"] = e.goldstein;
    d["source_text"] = e.source_text;
    d["target_text"] = e.target_text;
    d["verb_text"] = e.verb_text;
    d["source_span"] = py::make_tuple(e.source_span.begin, e.source_span.end);
    d["target_span"] = py::make_tuple(e.target_span.begin, e.target_span.end);
    d["verb_span"] = py::make_tuple(e.verb_span.begin, e.verb_span.end);
    d["sentence_text"] = e.sentence_text;
    d["rules"] = e.rules;
    if (e.in == dyad::Field::kTitle) d["in"] = "title";
    out.append(d);
  }
  return out;
}

class PyPipeline {
 public:
  PyPipeline(const std::string& dict, const std::string& model) {
    dyad::PipelineOptions o;
    o.dict = dict;
    o.model_path = model;
    auto p = dyad::Pipeline::Create(o);
    if (!p.ok()) throw std::runtime_error(p.status().message());
    pipeline_ = p.value();
  }

  py::list Code(const std::string& text, const std::string& format, const std::string& date,
                const std::string& doc_id) {
    dyad::InputFormat f = format == "jsonl" ? dyad::InputFormat::kJsonl
                          : format == "html" ? dyad::InputFormat::kHtml
                          : format == "text" ? dyad::InputFormat::kText
                                             : dyad::InputFormat::kAuto;
    std::string d;
    if (!date.empty()) {
      auto nd = dyad::NormalizeDate(date);
      if (!nd.ok()) throw py::value_error("date: " + nd.status().message());
      d = nd.value();
    }
    auto doc = dyad::DocumentFromBuffer(text, f, doc_id, d);
    if (!doc.ok()) throw py::value_error(doc.status().message());
    std::vector<dyad::Event> events;
    {
      py::gil_scoped_release release;
      auto worker = pipeline_->NewWorker();  // per call: thread-safe without locks
      dyad::Status s = worker->Code(doc.value(), &events);
      if (!s.ok()) {
        py::gil_scoped_acquire acquire;
        throw std::runtime_error(s.message());
      }
    }
    return ToPython(events);
  }

 private:
  std::shared_ptr<const dyad::Pipeline> pipeline_;
};

}  // namespace

PYBIND11_MODULE(dyad, m) {
  m.doc() = "dyad: raw news text in, CAMEO events out";
  py::class_<PyPipeline>(m, "Pipeline")
      .def(py::init<const std::string&, const std::string&>(), py::arg("dict") = "",
           py::arg("model") = "",
           "Load dictionaries ('' = bundled, 'dyad:DIR', 'petrarch:DIR', ...) and the parser model "
           "('' = bundled, 'none' = heuristic coder).")
      .def("code", &PyPipeline::Code, py::arg("text"), py::arg("format") = "auto",
           py::arg("date") = "", py::arg("doc_id") = "doc",
           "Code one article (text, JSON line or HTML page); returns a list of event dicts.");
}
