/**
 * Value types every module speaks in: amounts of won, business registration numbers. No entities, no beans.
 */
package kr.sangsaeng.shared;
