# Installs Handout like any other Debian tool and packages it as a .deb (issue 6, "Installing it
# like any other Debian tool"). Included at the end of the top-level CMakeLists.txt, after the
# binary and templates install rules there.
include(GNUInstallDirs)

# --- man page: handout(1) ----------------------------------------------------------------------
# The page carries the project version, so it is configured first (configure_file also re-runs
# the configure step when man/handout.1 changes). Debian Policy 12.3 wants it compressed with
# "gzip -9n": -n leaves out the timestamp so the .deb is reproducible. gzip is Essential in Debian,
# so this adds no build dependency; without it CMake compresses on its own, but libarchive then
# writes the current time into the gzip header.
set(HANDOUT_MAN_PAGE ${PROJECT_BINARY_DIR}/man/handout.1)
configure_file(${PROJECT_SOURCE_DIR}/man/handout.1 ${HANDOUT_MAN_PAGE} @ONLY)
find_program(HANDOUT_GZIP gzip)
if(HANDOUT_GZIP)
  execute_process(COMMAND ${HANDOUT_GZIP} -9nf -k ${HANDOUT_MAN_PAGE} COMMAND_ERROR_IS_FATAL ANY)
else()
  file(ARCHIVE_CREATE OUTPUT ${HANDOUT_MAN_PAGE}.gz PATHS ${HANDOUT_MAN_PAGE}
       FORMAT raw COMPRESSION GZip COMPRESSION_LEVEL 9)
endif()
install(FILES ${HANDOUT_MAN_PAGE}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# --- bash completion -----------------------------------------------------------------------------
# bash-completion loads share/bash-completion/completions/<command> on first use of <command>.
install(FILES ${PROJECT_SOURCE_DIR}/completions/handout.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME handout)

if(HANDOUT_BUILD_TESTS)
  # Sources the completion and checks COMPREPLY for subcommands, options, rule ids and templates.
  add_test(NAME bash-completion
           COMMAND bash ${PROJECT_SOURCE_DIR}/completions/test-completion.sh $<TARGET_FILE:handout>)
  # The man page must be valid roff: man reports unknown macros and bad escapes as warnings.
  find_program(HANDOUT_MAN_PROGRAM man)
  if(HANDOUT_MAN_PROGRAM)
    add_test(NAME man-page-renders
             COMMAND sh -c "out=$(MANWIDTH=80 LC_ALL=C.UTF-8 '${HANDOUT_MAN_PROGRAM}' --warnings -l '${HANDOUT_MAN_PAGE}' 2>&1 >/dev/null); test -z \"$out\" || { echo \"$out\"; exit 1; }")
  endif()
endif()

# --- CPack: .deb ---------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME handout)
set(CPACK_PACKAGE_VENDOR "Handout developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "accessible handouts (tagged PDF/UA-1 and DOCX) from structured XML")
set(CPACK_PACKAGE_DESCRIPTION
    "Handout turns content XML into a lint report (accessibility rules based on WCAG 2.2), \
tagged PDF (PDF/UA-1) and DOCX, using named templates for schools and councils.")
set(CPACK_PACKAGE_CONTACT "Handout developers")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Handout developers")
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # handout_<version>_<arch>.deb
# Runtime library dependencies come from dpkg-shlibdeps (package dpkg-dev) reading the binary, so
# they always match what it links against. Fonts are not linked but loaded through fontconfig:
# the bundled templates name Liberation Sans / Liberation Mono, hence fonts-liberation2.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-liberation2")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion")
include(CPack)
