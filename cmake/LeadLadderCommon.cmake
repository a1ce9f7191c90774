# One INTERFACE target carries the settings every LeadLadder target shares:
# language level, warnings, Qt strictness and optional sanitizers.
add_library(leadladder_common INTERFACE)
add_library(LeadLadder::common ALIAS leadladder_common)

target_compile_features(leadladder_common INTERFACE cxx_std_23)
target_compile_definitions(leadladder_common INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_FOREACH
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  SPDLOG_FMT_EXTERNAL)
target_compile_options(leadladder_common INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
  -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough
  $<$<BOOL:${LEADLADDER_WERROR}>:-Werror>)
if(LEADLADDER_SANITIZE)
  target_compile_options(leadladder_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
  target_link_options(leadladder_common INTERFACE -fsanitize=address,undefined)
endif()
