/* main.c — the stackwise entry point
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "sw-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SwApplication) app = NULL;
  const char *localedir;

  /* A locale that is not installed (LANG=de_DE.UTF-8 on a system without it)
   * leaves "C", where gettext ignores LANGUAGE and g_print () writes ASCII;
   * C.UTF-8 keeps UTF-8 and lets LANGUAGE choose the translation. */
  if (setlocale (LC_ALL, "") == NULL)
    setlocale (LC_ALL, "C.UTF-8");

  /* The tests run the build in a language: the compiled catalogs are in
   * <builddir>/po/<language>/LC_MESSAGES (po/meson.build). */
  localedir = g_getenv ("STACKWISE_LOCALEDIR");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = sw_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
