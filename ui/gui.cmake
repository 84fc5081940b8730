# The desktop program's widgets: one funnel form -> Case -> engine -> Result -> views.
# Included from ui/CMakeLists.txt when PENSION_BUILD_GUI is ON.
find_package(Qt6 6.4 REQUIRED COMPONENTS Widgets Charts Concurrent)

add_library(gui STATIC
    caseconvert.h caseconvert.cpp
    calculator.h calculator.cpp
    colors.h
    format.h format.cpp
    historyimport.h historyimport.cpp
    tablemodel.h tablemodel.cpp
    caseform.h caseform.cpp
    areacodes.h areacodes.cpp
    resultview.h resultview.cpp
    ledgermodel.h ledgermodel.cpp
    explanationmodel.h explanationmodel.cpp
    gridmodel.h gridmodel.cpp
    pinsmodel.h pinsmodel.cpp
    gridpage.h gridpage.cpp
    breakevenmodel.h breakevenmodel.cpp
    charts.h charts.cpp
    beyondmodels.h beyondmodels.cpp
    beyondcharts.h beyondcharts.cpp
    beyondpage.h beyondpage.cpp
    language.h language.cpp
    mainwindow.h mainwindow.cpp
    tableviews.h tableviews.cpp)
# The counter workflow: case library, autosave, case files, report and exports, parameter editor.
target_sources(gui PRIVATE
    datadir.h datadir.cpp
    formstate.h formstate.cpp
    userpacks.h userpacks.cpp
    librarydialog.h librarydialog.cpp
    parametereditor.h parametereditor.cpp
    preferencesdialog.h preferencesdialog.cpp
    counterworkflow.h counterworkflow.cpp)
target_link_libraries(gui PUBLIC storage reports)
set_target_properties(gui PROPERTIES AUTOMOC ON)
# The ID number's area codes (GB/T 2260) → the region they suggest.
qt_add_resources(gui "areacodes" PREFIX "/areacodes" BASE ${PROJECT_SOURCE_DIR}/resources
                 FILES ${PROJECT_SOURCE_DIR}/resources/areacodes.json)
target_include_directories(gui PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(gui PUBLIC engine builtin_packs texts Qt6::Widgets Qt6::Charts PRIVATE Qt6::Concurrent project_options)
