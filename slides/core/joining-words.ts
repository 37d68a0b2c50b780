/**
 * Words that join what comes before to what comes after, so a line of text cannot stop on them
 * (…the people who…, …投入资金用于…的). The planner avoids ending a shortened point on them and
 * the proofreading check flags a line that does.
 */

/** Chinese joining words (a line cannot stop on them). */
export const ZH_JOINING = ['以及', '并且', '或者', '而且', '关于', '对于', '通过', '按照', '围绕', '根据', '的', '和', '与', '及', '或', '把', '被', '对', '向', '从'];

/** Words that end on one of those characters yet are whole (目的, 参与, 涉及, 相对, 方向, 服从…). */
export const ZH_WHOLE = ['目的', '有的', '总和', '缓和', '平和', '温和', '饱和', '共和', '附和', '调和', '参与', '给与', '涉及', '普及', '危及', '波及', '顾及', '相对', '绝对', '反对', '面对', '应对', '针对', '核对', '比对', '方向', '导向', '走向', '去向', '动向', '趋向', '意向', '取向', '服从', '自从', '无从', '盲从', '听从', '遵从', '跟从', '随从', '适从'];

/** English joining words (articles, prepositions, conjunctions, relatives, possessives). */
export const EN_JOINING = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'and', 'or', 'but', 'as', 'that', 'which', 'who', 'whose', 'its', 'their', 'our', 'his', 'her', 'this', 'these', 'those', 'into', 'than']);
