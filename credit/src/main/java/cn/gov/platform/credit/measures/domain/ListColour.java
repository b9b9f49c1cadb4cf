package cn.gov.platform.credit.measures.domain;

/** Red lists reward trustworthiness (守信激励), black lists punish dishonesty (失信惩戒). */
public enum ListColour { RED, BLACK }
