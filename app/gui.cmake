# pension-planner: the desktop program (a thin main; everything else lives in the `gui` library of ui/).
add_executable(pension-planner gui/main.cpp)
target_link_libraries(pension-planner PRIVATE gui project_options)
set_target_properties(pension-planner PROPERTIES WIN32_EXECUTABLE ON)
target_compile_definitions(pension-planner PRIVATE PENSION_VERSION="${PROJECT_VERSION}")
install(TARGETS pension-planner RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} BUNDLE DESTINATION .)
