/* sw-collect-view.h — the shared screen while the participants vote from their devices
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sw-vote-collection.h"

G_BEGIN_DECLS

#define SW_TYPE_COLLECT_VIEW (sw_collect_view_get_type ())

G_DECLARE_FINAL_TYPE (SwCollectView, sw_collect_view, SW, COLLECT_VIEW, AdwBin)

/* Shows @collection: its address as a QR code and in large type, and who has
 * voted, live. Only names and whether each has voted: never a weight. */
GtkWidget        *sw_collect_view_new            (SwVoteCollection  *collection);
/* Starts the collection on @listen ("ADDRESS:PORT", or NULL for the local
 * network). With no local-network address the view says so and offers to
 * try again or to use the loopback address; TRUE then, as the view is shown.
 * FALSE (and nothing listens) on any other error. */
gboolean          sw_collect_view_start          (SwCollectView     *self,
                                                  const char        *listen,
                                                  GError           **error);
/* The address in large type, as shown ("" while there is none). */
const char       *sw_collect_view_get_address    (SwCollectView     *self);

G_END_DECLS
