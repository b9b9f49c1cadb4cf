package cn.gov.platform.kernel.calendar;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The State Council General Office notice an official year is taken from, so that anyone can check
 * it: its document number (e.g. 国办发明电〔2025〕7号), its date, and its title.
 */
public record Notice(String number, LocalDate date, @Nullable String title) {
}
