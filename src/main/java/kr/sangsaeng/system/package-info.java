/**
 * How the application runs: the embedded database for local runs, web configuration (language, formatting),
 * the home page of each role and the error pages.
 */
package kr.sangsaeng.system;
