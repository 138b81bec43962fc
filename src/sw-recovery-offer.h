/* sw-recovery-offer.h — the question, at start, whether to restore a meeting left by a crash
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sw-recovery.h"

G_BEGIN_DECLS

/* A dialog over `parent` naming the meeting and when it last changed, with the
 * responses "restore" (the default, and Escape's: nothing is lost without a
 * choice to lose it) and "discard". Not yet shown. */
GtkWidget *sw_recovery_offer_new (GtkWindow         *parent,
                                  const SwRecovered *recovered);

G_END_DECLS
