package org.corridor.observatory.monitor.round;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the daily deadline reminders ({@link RoundReminders}) in the web platform only,
 * not in every command of the command line.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableScheduling
class ReminderScheduling {

}
