/* sw-cli.h — the command line: options, and the commands that need no window
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SW_CLI_ERROR (sw_cli_error_quark ())

typedef enum
{
  SW_CLI_ERROR_USAGE,
} SwCliError;

typedef struct
{
  gboolean   version;
  char      *dataset;     /* --dataset PATH, as given */
  gboolean   recommend;   /* --recommend: print the verdict, open no window */
  char      *preset;      /* --preset ID */
  char     **assignments; /* --set CRITERION=VALUE, in the order given */
  char     **skills;      /* --skill TECHNOLOGY=LEVEL, in the order given */
  char      *existing;    /* --existing TECHNOLOGY or none */
  gboolean   json;        /* --json */
  char      *meeting_file;    /* --meeting FILE: a saved meeting */
  char      *export_adr;  /* --export-adr FILE: write the decision record (Markdown) */
  char      *export_pdf;  /* --export-pdf FILE: write the PDF report */
  gboolean   present;     /* --present: open the window in present mode */
  char      *collect_votes; /* --collect-votes FILE: take ballots into a saved meeting */
  char      *listen;      /* --listen ADDRESS:PORT, with --collect-votes */
} SwCliOptions;

GQuark   sw_cli_error_quark   (void);
void     sw_cli_options_clear (SwCliOptions   *options);
/* Parses and removes the options from *arguments (a NULL-terminated
 * vector the caller owns); FALSE with a one-line message on bad input. */
gboolean sw_cli_parse         (SwCliOptions   *options,
                               char         ***arguments,
                               GError        **error);
/* Runs what needs no window (--version, …). TRUE when the command was
 * handled here and the process should exit with *exit_status. */
gboolean sw_cli_run           (SwCliOptions   *options,
                               int            *exit_status);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SwCliOptions, sw_cli_options_clear)

G_END_DECLS
