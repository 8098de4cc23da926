/**
 * SME profiles and the partner relationships between SMEs and the funders of programmes.
 */
package kr.sangsaeng.company;
