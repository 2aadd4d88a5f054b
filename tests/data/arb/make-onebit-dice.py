# Writes the two onebit-dice ARB files from their messages; the originals are json.dumps(indent=2)
# plus a line end, as flutter's tooling and editors leave them (checked: same length as stored).
import json
de = [("@@locale", "de"), ("appName", "1-Bit Dice"), ("actionRoll", "WÜRFELN"), ("actionClear", "LÖSCHEN"),
      ("actionConfirm", "BESTÄTIGEN"), ("actionCancel", "ABBRECHEN"), ("actionClose", "SCHLIESSEN"),
      ("tabRoll", "WÜRFELN"), ("tabHistory", "VERLAUF"), ("tabPresets", "SPIELE"), ("tabSettings", "EINSTELLUNGEN"),
      ("rollingNDice", "{count, plural, one{1 Würfel wird geworfen} other{{count} Würfel werden geworfen}}"),
      ("rollResultTotal", "Gesamt: {total}"), ("historyEmpty", "Noch keine Würfe."),
      ("historyClearConfirmTitle", "Verlauf löschen?"), ("historyClearConfirmBody", "Dies löscht alle aufgezeichneten Würfe."),
      ("presetsSectionClassic", "Klassische Spiele"), ("presetsSectionCustom", "Benutzerdefiniert"),
      ("presetLudo", "Ludo"), ("presetWar", "War"), ("presetYahtzee", "Yahtzee"), ("presetCraps", "Craps"),
      ("presetBunco", "Bunco"), ("presetFarkle", "Farkle"), ("presetLiarsDice", "Liar's Dice"),
      ("settingsSectionAppearance", "Darstellung"), ("settingsSectionFeedback", "Feedback"),
      ("settingsSectionAnimation", "Animation"), ("settingsSectionLanguage", "Sprache"), ("settingsSectionAbout", "Über"),
      ("settingsLanguageFollowSystem", "System folgen"), ("diceCountIncreaseLabel", "Würfelanzahl erhöhen"),
      ("diceCountDecreaseLabel", "Würfelanzahl verringern")]
en = [("@@locale", "en"), ("appName", "1-Bit Dice"), ("actionRoll", "ROLL"), ("actionClear", "CLEAR"),
      ("actionConfirm", "CONFIRM"), ("actionCancel", "CANCEL"), ("actionClose", "CLOSE"), ("tabRoll", "ROLL"),
      ("tabHistory", "HISTORY"), ("tabPresets", "GAMES"), ("tabSettings", "SETTINGS"),
      ("rollingNDice", "{count, plural, one{Rolling 1 die} other{Rolling {count} dice}}"),
      ("rollResultTotal", "Total: {total}"), ("historyEmpty", "No rolls yet."), ("historyClearConfirmTitle", "Clear history?"),
      ("historyClearConfirmBody", "This deletes every recorded roll."), ("presetsSectionClassic", "Classic Games"),
      ("presetsSectionCustom", "Custom"), ("presetLudo", "Ludo"), ("presetWar", "War"), ("presetYahtzee", "Yahtzee"),
      ("presetCraps", "Craps"), ("presetBunco", "Bunco"), ("presetFarkle", "Farkle"), ("presetLiarsDice", "Liar's Dice"),
      ("settingsSectionAppearance", "Appearance"), ("settingsSectionFeedback", "Feedback"),
      ("settingsSectionAnimation", "Animation"), ("settingsSectionLanguage", "Language"), ("settingsSectionAbout", "About"),
      ("settingsLanguageFollowSystem", "Follow system"), ("diceCountIncreaseLabel", "Increase dice count"),
      ("diceCountDecreaseLabel", "Decrease dice count"), ("appTagline", "Dice for every game"),
      ("commonComingSoon", "COMING SOON"), ("splashUniverseTagline", "part of the call of old chico universe"),
      ("historyTitle", "History"), ("presetsTitle", "Games"), ("settingsTitle", "Settings"), ("settingsToggleSound", "Sound"),
      ("settingsToggleHaptic", "Haptic"), ("settingsAnimationStyleLabel", "Style"), ("settingsAnimationStyleFast", "Fast"),
      ("settingsAnimationStyleDrum", "Drum"), ("settingsAnimationStyleTabletop", "Tabletop"),
      ("settingsAnimationSpeedLabel", "Speed"), ("settingsAnimationSpeedFast", "Fast"),
      ("settingsAnimationSpeedMedium", "Medium"), ("settingsAnimationSpeedSlow", "Slow"),
      ("settingsAboutVersion", "Version"), ("paletteMacClassic", "Mac Classic"), ("paletteMacBeige", "Mac Beige"),
      ("paletteGameBoy", "Game Boy DMG"), ("paletteC64", "Commodore 64"), ("paletteZxSpectrum", "ZX Spectrum"),
      ("paletteAppleIIGreen", "Apple II Green"), ("paletteAppleIIeAmber", "Apple //e Amber")]
for name, rows, length in (("onebit-dice_de.arb", de, 1265), ("onebit-dice_en.arb", en, 2130)):
    text = json.dumps(dict(rows), indent=2, ensure_ascii=False) + "\n"
    assert len(text) == length, (name, len(text))
    open(name, "w", encoding="utf-8").write(text)
