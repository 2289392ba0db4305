# Turns a text file into a C++ source defining one char array, at build time:
#   cmake -DINPUT=in.json -DOUTPUT=out.cc -DSYMBOL=kName -DNAMESPACE=ns -P embed.cmake
# The bytes are written as hex so any content (quotes, `)"`) is safe.
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" len)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," body "${hex}")
# Wrap lines so the generated file stays readable in a debugger.
string(REGEX REPLACE "((('[^']*',){16}))" "\\1\n" body "${body}")
file(WRITE "${OUTPUT}.tmp"
  "// Generated from ${INPUT} by embed.cmake. Do not edit.\n"
  "namespace ${NAMESPACE} {\nextern const char ${SYMBOL}[] = {\n${body}'\\0'};\n}  // namespace ${NAMESPACE}\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
