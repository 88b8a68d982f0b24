#pragma once

class QWidget;

namespace tf {

// What to do with a form that is closed with text not yet saved.
enum class UnsavedAnswer { Save, Discard, KeepEditing };

// Asks "Spara", "Stäng utan att spara" or "Avbryt" (also Escape) before a
// form with unsaved changes closes.
UnsavedAnswer askAboutUnsavedChanges(QWidget *parent);

} // namespace tf
