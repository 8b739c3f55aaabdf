# clang in C++20 mode cannot compile qpdf < 11.4's <qpdf/JSON.hh> (gcc can): the nested
# JSON_array holds a std::vector<JSON> and defaults its virtual destructor inside class
# JSON, where JSON is still incomplete, and C++20's constexpr vector destructor must
# then be instantiated with an incomplete type. qpdf 11.4 moved that definition; Debian
# 12 ships 11.3. For that pair only, this writes a copy of the one header into the
# build tree with the destructor declared inline in the class and defaulted right after
# it (the same inline destructor, so the same ABI: the vtable stays with write()), and
# sets GUICHET_QPDF_SHIM_DIR for the targets that include qpdf to search first.
# Nothing of qpdf is kept in the source tree; the change is made at configure time.
set(GUICHET_QPDF_SHIM_DIR "${PROJECT_BINARY_DIR}/qpdf-clang-shim")
set(_qpdf_json_header "${QPDF_INCLUDEDIR}/qpdf/JSON.hh")
if(NOT EXISTS "${_qpdf_json_header}")
    message(FATAL_ERROR "qpdf header not found: ${_qpdf_json_header}")
endif()
file(READ "${_qpdf_json_header}" _qpdf_json)
set(_qpdf_in_class "        virtual ~JSON_array() = default;\n")
string(FIND "${_qpdf_json}" "\nclass JSON\n" _qpdf_class_start)
string(FIND "${_qpdf_json}" "${_qpdf_in_class}" _qpdf_destructor)
if(_qpdf_class_start LESS 0 OR _qpdf_destructor LESS 0)
    message(FATAL_ERROR "${_qpdf_json_header} is not laid out as qpdf 11.3's; "
        "check whether clang still needs cmake/QpdfClangShim.cmake")
endif()
string(SUBSTRING "${_qpdf_json}" ${_qpdf_class_start} -1 _qpdf_from_class)
string(FIND "${_qpdf_from_class}" "\n};\n" _qpdf_class_length)
math(EXPR _qpdf_class_end "${_qpdf_class_start} + ${_qpdf_class_length} + 4")
string(SUBSTRING "${_qpdf_json}" 0 ${_qpdf_class_end} _qpdf_head)
string(SUBSTRING "${_qpdf_json}" ${_qpdf_class_end} -1 _qpdf_tail)
string(REPLACE "${_qpdf_in_class}" "        inline virtual ~JSON_array();\n" _qpdf_head
    "${_qpdf_head}")
file(CONFIGURE OUTPUT "${GUICHET_QPDF_SHIM_DIR}/qpdf/JSON.hh"
    CONTENT "${_qpdf_head}inline JSON::JSON_array::~JSON_array() = default;\n${_qpdf_tail}"
    @ONLY)
