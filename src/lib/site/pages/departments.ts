/** What the departments page(s) take from the layers below lib/site: pages import only lib/site. */
export { citation } from '../../model/clauses.ts';
export { departmentKinds, departmentViews, movedDepartmentPages } from '../../progress/views.ts';
