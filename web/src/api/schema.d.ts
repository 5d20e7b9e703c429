// Generated from /api/openapi.json by `npm run api:types` (scripts/api-types.ts). Do not edit:
// change the server presenters and routes, then run the command again.

export interface paths {
    "/api/admin/backup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sao lưu toàn bộ (cơ sở dữ liệu và tệp) thành một tệp zip có mã băm */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp sao lưu */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/zip": string;
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/archive/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các lô số hóa với tiến độ */
        get: {
            parameters: {
                query?: {
                    orgId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Lô số hóa */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArchiveBatchList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        /** Tạo lô số hóa từ bảng kê Excel (multipart: file, orgId, name) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "multipart/form-data": {
                        /** Format: binary */
                        file?: string;
                        name?: string;
                        orgId?: string;
                    };
                };
            };
            responses: {
                /** @description Lô số hóa */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArchiveBatchDetail"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                /** @description Tệp quá lớn */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/archive/batches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một lô số hóa: từng văn bản, tình trạng nhận dạng, mã SHA-256 của bản PDF/A */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Lô số hóa */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArchiveBatchDetail"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/archive/batches/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nhận dạng lại các văn bản lỗi hoặc chưa nhận dạng được */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Số văn bản xếp hàng lại */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArchiveBatchRetry"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/archive/batches/{id}/scans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tải một bản quét của lô lên (tên tệp đúng như cột «Tệp quét» của bảng kê) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "multipart/form-data": {
                        /** Format: binary */
                        file?: string;
                    };
                };
            };
            responses: {
                /** @description Văn bản của lô */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArchiveBatchItem"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                /** @description Tệp quá lớn */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/archive/digitisation/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Máy chủ có công cụ nhận dạng chữ (ocrmypdf, tesseract-ocr-vie) không */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tình trạng OCR */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArchiveOcrStatus"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/archive/digitisation/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mẫu bảng kê số hóa (Excel) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Mẫu bảng kê */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/archive/disposal-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các danh sách tài liệu hết giá trị đề nghị hủy */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Danh sách */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArchiveDisposalLists"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        /** Lập danh sách tài liệu hết giá trị đề nghị hủy */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        council?: string;
                        fileIds: number[];
                        orgId: number;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Danh sách */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArchiveDisposalList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/archive/disposal-lists/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một danh sách tiêu hủy với ý kiến của Hội đồng theo từng hồ sơ */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Danh sách */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArchiveDisposalListDetail"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/archive/disposal-lists/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Phê duyệt danh sách tiêu hủy (lãnh đạo, không phải người lập) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        decisionRef: string;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Danh sách */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArchiveDisposalList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/archive/disposal-lists/{id}/destroy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hủy tài liệu theo danh sách đã phê duyệt: giữ dấu vết, lập biên bản hủy */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Kết quả hủy */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArchiveDestruction"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/archive/disposal-lists/{id}/minutes.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Biên bản hủy tài liệu (Word) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Biên bản hủy tài liệu */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/archive/disposal-lists/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Không phê duyệt danh sách tiêu hủy */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Danh sách */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArchiveDisposalList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/archive/disposal-lists/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi ý kiến Hội đồng xác định giá trị tài liệu: hủy, hoặc giữ lại với thời hạn mới */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        council: string;
                        decisions: {
                            /** @enum {string} */
                            decision: "destroy" | "keep";
                            fileId: number;
                            keepYears?: number | null;
                            reason: string;
                        }[];
                        note?: string;
                        reviewedOn: string;
                    };
                };
            };
            responses: {
                /** @description Danh sách */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArchiveDisposalList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/archive/disposal/due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hồ sơ đã hết thời hạn bảo quản, chưa đưa vào danh sách tiêu hủy nào */
        get: {
            parameters: {
                query?: {
                    on?: string;
                    orgId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Hồ sơ hết hạn */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArchiveDueFiles"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/archive/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh mục hồ sơ: theo đơn vị, năm, trạng thái, từ khóa (không dấu) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    orgId?: number;
                    q?: string;
                    status?: "planned" | "open" | "closed" | "destroyed";
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Hồ sơ */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArchiveFileList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        /** Thêm hồ sơ vào danh mục (open=true: mở hồ sơ ngay) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fileCode: string;
                        note?: string;
                        open?: boolean;
                        openedOn?: string;
                        orgId: number;
                        responsibleId?: number;
                        retentionYears?: number | null;
                        scheduleId?: number;
                        secrecy?: number;
                        section?: string;
                        title: string;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Hồ sơ */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArchiveFile"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/archive/files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một hồ sơ: thông tin, văn bản, tạm giữ, phê duyệt số hóa, tiêu hủy */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Hồ sơ */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArchiveFileDetail"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Sửa thông tin hồ sơ (trước khi đóng) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fileCode?: string;
                        note?: string;
                        responsibleId?: number | null;
                        retentionYears?: number | null;
                        scheduleId?: number | null;
                        secrecy?: number;
                        section?: string;
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Hồ sơ */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArchiveFile"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        trace?: never;
    };
    "/api/archive/files/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đóng hồ sơ (ghi năm kết thúc; thời hạn bảo quản tính từ 1/1 năm sau) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        closedOn?: string;
                        endYear?: number;
                    };
                };
            };
            responses: {
                /** @description Hồ sơ đã đóng */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArchiveFile"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/archive/files/{id}/declare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lập tài liệu lưu trữ: văn bản của hồ sơ đã đóng trở thành bất biến */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Lập tài liệu lưu trữ: văn bản của hồ sơ đã đóng trở thành bất biến */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArchiveFile"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/archive/files/{id}/digitise-approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Phê duyệt số hóa tài liệu Mật / Tối mật của một hồ sơ (Tuyệt mật không bao giờ số hóa) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        decisionRef: string;
                        maxSecrecy: number;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Phê duyệt */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArchiveDigitiseApproval"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/archive/files/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đưa văn bản vào hồ sơ đang mở (correctsDocumentId: bản đính chính của một tài liệu lưu trữ) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        correctsDocumentId?: number;
                        documentId: number;
                    };
                };
            };
            responses: {
                /** @description Hồ sơ */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArchiveFile"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/archive/files/{id}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Rút văn bản khỏi hồ sơ đang mở */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    documentId: number;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Hồ sơ */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArchiveFile"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/archive/files/{id}/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mở hồ sơ */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Mở hồ sơ */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArchiveFile"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/archive/files/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mở lại hồ sơ đã đóng (chưa lập tài liệu lưu trữ) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Mở lại hồ sơ đã đóng (chưa lập tài liệu lưu trữ) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArchiveFile"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/archive/fixity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Báo cáo kiểm tra toàn vẹn tệp gần nhất (tệp thiếu, hỏng, không còn dùng) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Báo cáo */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArchiveFixityOverview"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        /** Kiểm tra toàn vẹn tệp ngay (chạy nền) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Đã xếp hàng */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArchiveFixityQueued"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/archive/holds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lệnh tạm giữ (active=1: đang có hiệu lực) */
        get: {
            parameters: {
                query?: {
                    active?: "0" | "1";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Lệnh tạm giữ */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArchiveHoldList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        /** Tạm giữ một hồ sơ hoặc một tài liệu lưu trữ: không được tiêu hủy cho đến khi gỡ */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        documentId?: number;
                        fileId?: number;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Lệnh tạm giữ */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArchiveHold"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/archive/holds/{id}/lift": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Gỡ lệnh tạm giữ (ghi lý do) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Lệnh tạm giữ đã gỡ */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArchiveHold"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/archive/packages.zip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gói nộp lưu (zip: tệp, metadata.json, metadata.xml, manifest-sha256.txt) theo hồ sơ hoặc khoảng năm */
        get: {
            parameters: {
                query?: {
                    fileIds?: string;
                    fromYear?: number;
                    orgId?: number;
                    toYear?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Gói nộp lưu */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/zip": string;
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/archive/packages/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nhận một gói nộp lưu vào một đơn vị (multipart: file, orgId): kiểm tra rồi tạo hồ sơ đã lập tài liệu lưu trữ */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "multipart/form-data": {
                        /** Format: binary */
                        file?: string;
                        orgId?: string;
                    };
                };
            };
            responses: {
                /** @description Hồ sơ đã nhận */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArchivePackageImport"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                /** @description Tệp quá lớn */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/archive/packages/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Kiểm tra một gói nộp lưu (multipart: file); gói bị sửa bị từ chối kèm lý do */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "multipart/form-data": {
                        /** Format: binary */
                        file?: string;
                        orgId?: string;
                    };
                };
            };
            responses: {
                /** @description Kết quả kiểm tra */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArchivePackageVerdict"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                /** @description Tệp quá lớn */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/archive/plan-years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các năm có danh mục hồ sơ của một đơn vị */
        get: {
            parameters: {
                query: {
                    orgId: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Các năm */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArchivePlanYears"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/archive/records/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tình trạng lưu trữ của một văn bản: hồ sơ, tài liệu lưu trữ, đính chính, đã hủy */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tình trạng lưu trữ */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArchiveRecordInfo"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/archive/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bảng thời hạn bảo quản tài liệu (mẫu theo Hướng dẫn 35-HD/VPTW, sửa được) */
        get: {
            parameters: {
                query?: {
                    all?: "0" | "1";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Bảng thời hạn bảo quản */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArchiveSchedule"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        /** Thêm dòng vào bảng thời hạn bảo quản */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        group: string;
                        note?: string;
                        retentionYears: number | null;
                        rowCode: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Dòng đã thêm */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArchiveScheduleRow"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/archive/schedule/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Sửa một dòng của bảng thời hạn bảo quản (áp dụng cho hồ sơ lập sau) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        group?: string;
                        note?: string;
                        retentionYears?: number | null;
                        rowCode?: string;
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Dòng đã sửa */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArchiveScheduleRow"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Nhật ký hệ thống trong phạm vi của quản trị viên, mới nhất trước */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    actorId?: number;
                    cursor?: number;
                    entity?: string;
                    entityId?: string;
                    from?: string;
                    limit?: number;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Các dòng nhật ký */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditPage"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Kiểm tra toàn vẹn chuỗi băm của nhật ký và các mốc neo */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Kết quả kiểm tra */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditVerifyReport"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đăng nhập; trả về người dùng và mã chống giả mạo (csrfToken) kèm cookie phiên */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        otp?: string;
                        password: string;
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Đã đăng nhập */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Login"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đăng xuất (kết thúc phiên hiện tại) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Đã đăng xuất */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Người dùng hiện tại */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Người dùng */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đổi mật khẩu (kết thúc các phiên khác) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Đã đổi */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PasswordChanged"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mã truy cập cá nhân của bạn */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Danh sách */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiTokenList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        /** Tạo mã truy cập cá nhân (Bearer) cho script; chỉ hiện một lần */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Mã truy cập */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NewApiToken"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Thu hồi mã truy cập */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Đã thu hồi */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tắt xác thực hai lớp (khi quy định không bắt buộc) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Đã tắt */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Xác nhận mã đầu tiên để bật xác thực hai lớp */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Đã bật */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bắt đầu đăng ký xác thực hai lớp: trả về khóa bí mật và mã QR (otpauth://) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Khóa bí mật */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TotpSetup"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/congresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các đại hội trong phạm vi */
        get: {
            parameters: {
                query?: {
                    orgId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Danh sách đại hội */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CongressList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        /** Chuẩn bị đại hội của một đơn vị: nhiệm kỳ, ngày đại hội, lịch trình với thời hạn */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        heldOn: string;
                        milestones?: {
                            dueOn: string;
                            title: string;
                        }[];
                        orgId: number;
                        term: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Đại hội đã tạo */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CongressDetail"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/congresses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Trang đại hội: lịch trình, các cuộc bầu cử */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Đại hội */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CongressDetail"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/congresses/{id}/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hồ sơ nhân sự của đề án nhân sự (mỗi người ứng cử, với các tài liệu của hồ sơ) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Các hồ sơ */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CongressCandidateList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        /** Lập hồ sơ nhân sự: một đảng viên (memberId, lý lịch lấy từ hồ sơ đảng viên) hoặc một người ghi tên (fullName) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        admittedOn?: string;
                        birthDate?: string;
                        education?: string;
                        fullName?: string;
                        memberId?: number;
                        position?: string;
                        summary?: string;
                        theoryLevel?: string;
                    };
                };
            };
            responses: {
                /** @description Các hồ sơ */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CongressCandidateList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/congresses/{id}/candidates/{candidateId}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thêm tài liệu vào hồ sơ nhân sự (multipart «file»: PDF, Word, ảnh JPEG, PNG) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    candidateId: number;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Các hồ sơ */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CongressCandidateList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/congresses/{id}/candidates/{candidateId}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải một tài liệu của hồ sơ nhân sự */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    candidateId: number;
                    fileId: number;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Nội dung tệp */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                        "image/jpeg": string;
                        "image/png": string;
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/congresses/{id}/delegates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thêm đại biểu (chính thức, dự khuyết) và thẩm tra tư cách: có tên trong danh sách đảng viên của đơn vị, đảng viên chính thức, kỷ luật gần đây */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "official" | "alternate";
                        memberId: number;
                    };
                };
            };
            responses: {
                /** @description Danh sách đại biểu */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CongressDelegateList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/congresses/{id}/delegates/{delegateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Bỏ một đại biểu khỏi danh sách */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    delegateId: number;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Danh sách đại biểu */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CongressDelegateList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/congresses/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Văn kiện đại hội (báo cáo chính trị, kiểm điểm, dự thảo nghị quyết, đề án nhân sự) và các lần dự thảo */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Văn kiện */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CongressDocumentList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        /** Thêm một lần dự thảo (nội dung văn bản) của một văn kiện */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        /** @enum {string} */
                        kind: "political_report" | "self_review" | "draft_resolution" | "personnel_plan";
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Văn kiện */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CongressDocumentList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/congresses/{id}/documents/{kind}/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một lần dự thảo với các ý kiến góp ý */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    kind: "political_report" | "self_review" | "draft_resolution" | "personnel_plan";
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Dự thảo */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CongressDocumentVersion"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/congresses/{id}/documents/{kind}/{version}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi một ý kiến góp ý vào một lần dự thảo */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    kind: "political_report" | "self_review" | "draft_resolution" | "personnel_plan";
                    version: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        author: string;
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Dự thảo với ý kiến */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CongressDocumentVersion"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/congresses/{id}/documents/{kind}/{version}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải tệp Word của một lần dự thảo */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    kind: "political_report" | "self_review" | "draft_resolution" | "personnel_plan";
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp Word */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/congresses/{id}/documents/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thêm lần dự thảo bằng tệp Word (multipart «file» .docx, «kind», «note» nếu có): nội dung được trích làm văn bản để góp ý */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Văn kiện */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CongressDocumentList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/congresses/{id}/elections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tạo cuộc bầu cử của đại hội với danh sách lấy từ đề án nhân sự (candidateIds: các hồ sơ, theo thứ tự trên phiếu) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        candidateIds: number[];
                        convened: number;
                        /** @enum {string} */
                        kind?: "election" | "nomination";
                        seats: number;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Đã tạo */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CongressPlanElectionCreated"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/congresses/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hồ sơ đại hội: danh mục các tài liệu (văn kiện các bản, đại biểu và thẩm tra tư cách, hồ sơ nhân sự, biên bản kiểm phiếu, kết quả, chuẩn y) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Danh mục */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CongressFileManifest"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/congresses/{id}/file.zip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải hồ sơ đại hội (zip, danh mục manifest.json kèm mã SHA-256 của từng tài liệu) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp zip */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/zip": string;
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/congresses/{id}/file/handover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Giao nộp hồ sơ đại hội vào lưu trữ của đơn vị: một hồ sơ đã đóng, bảo quản vĩnh viễn, mỗi tài liệu là một văn bản lưu trữ */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fileCode: string;
                        year?: number;
                    };
                };
            };
            responses: {
                /** @description Hồ sơ lưu trữ đã tạo */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CongressFileHandover"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/congresses/{id}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thêm một bước vào lịch trình với thời hạn */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        dueOn: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Đại hội sau khi thêm */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CongressDetail"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/congresses/{id}/milestones/{milestoneId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Ghi ngày hoàn thành một bước (null: chưa xong) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    milestoneId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        doneOn: string | null;
                    };
                };
            };
            responses: {
                /** @description Đại hội sau khi cập nhật */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CongressDetail"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discipline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các quyết định kỷ luật (của một đảng viên, hoặc trong một đơn vị) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    memberId?: number;
                    orgId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Danh sách */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DisciplineList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        /** Quyết định kỷ luật đảng viên: kiểm tra thời hiệu theo hình thức và hình thức được phép với đảng viên dự bị */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        authorityOrgId: number;
                        caseId?: number;
                        decidedOn: string;
                        decisionNo?: string;
                        /** @enum {string} */
                        form: "khien_trach" | "canh_cao" | "cach_chuc" | "khai_tru";
                        memberId: number;
                        reason: string;
                        secrecy?: number;
                        violatedOn: string;
                    };
                };
            };
            responses: {
                /** @description Quyết định kỷ luật */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DisciplineDecision"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discipline/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một quyết định kỷ luật */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Quyết định kỷ luật */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DisciplineDecision"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discipline/{id}/appeal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi nhận khiếu nại quyết định kỷ luật (trong thời hạn khiếu nại) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        appealedOn: string;
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Quyết định kỷ luật */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DisciplineDecision"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discipline/{id}/appeal/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Kết quả giải quyết khiếu nại: giữ nguyên, thay đổi hoặc hủy quyết định */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        /** @enum {string} */
                        outcome: "upheld" | "changed" | "annulled";
                    };
                };
            };
            responses: {
                /** @description Quyết định kỷ luật */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DisciplineDecision"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discipline/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sổ thông báo của cơ quan nhà nước về kỷ luật đảng viên */
        get: {
            parameters: {
                query?: {
                    memberId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Danh sách */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DisciplineNoticeList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        /** Vào sổ thông báo của cơ quan nhà nước về việc xử lý kỷ luật một đảng viên (đối chiếu thời hạn) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        decidedOn: string;
                        form: string;
                        memberId: number;
                        receivedOn: string;
                        stateBody: string;
                    };
                };
            };
            responses: {
                /** @description Thông báo đã vào sổ */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DisciplineNotice"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discipline/orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các quyết định kỷ luật tổ chức đảng của một đơn vị và các đơn vị trực thuộc */
        get: {
            parameters: {
                query: {
                    limit?: number;
                    orgId: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Danh sách */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrgDisciplineList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        /** Quyết định kỷ luật tổ chức đảng (khiển trách, cảnh cáo, giải tán): cấp trên quyết định, kiểm tra thời hiệu */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        authorityOrgId: number;
                        decidedOn: string;
                        decisionNo?: string;
                        /** @enum {string} */
                        form: "khien_trach" | "canh_cao" | "giai_tan";
                        orgId: number;
                        reason: string;
                        secrecy?: number;
                        violatedOn: string;
                    };
                };
            };
            responses: {
                /** @description Quyết định kỷ luật tổ chức đảng */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrgDisciplineDecision"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discipline/orgs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một quyết định kỷ luật tổ chức đảng */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Quyết định kỷ luật tổ chức đảng */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrgDisciplineDecision"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/document-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh mục loại văn bản */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Loại văn bản */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentTypeList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sổ văn bản và tìm kiếm (không phân biệt dấu, theo số ký hiệu, trích yếu, nội dung, chữ trong tệp) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    direction?: "in" | "out" | "internal";
                    from?: string;
                    limit?: number;
                    orgId?: number;
                    q?: string;
                    secrecy?: number | null;
                    signerId?: number;
                    status?: string;
                    to?: string;
                    typeCode?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Danh sách văn bản */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        /** Vào sổ văn bản đến (direction=in, có số đến) hoặc tạo dự thảo văn bản đi */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        confirmDuplicate?: boolean;
                        congress?: boolean;
                        content?: string;
                        deadline?: string;
                        /** @enum {string} */
                        direction: "in" | "out" | "internal";
                        issuedOn?: string;
                        issuer?: string;
                        issuerOrgId?: number;
                        orgId: number;
                        pages?: number;
                        place?: string;
                        receivedOn?: string;
                        secrecy?: number;
                        signAuthority?: string;
                        signerTitle?: string;
                        summary: string;
                        symbol?: string;
                        typeCode: string;
                        urgency?: number;
                    };
                };
            };
            responses: {
                /** @description Văn bản đã tạo */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một văn bản: thông tin, tệp, lịch sử, chỉ đạo, xử lý, và việc người xem được làm (can) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Văn bản */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentDetail"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Sửa văn bản (dự thảo, văn bản đến chưa xử lý xong) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        content?: string;
                        deadline?: string | null;
                        issuedOn?: string | null;
                        issuer?: string;
                        pages?: number | null;
                        place?: string;
                        receivedOn?: string;
                        secrecy?: number;
                        signAuthority?: string;
                        signerTitle?: string;
                        summary?: string;
                        symbol?: string;
                        typeCode?: string;
                        urgency?: number;
                    };
                };
            };
            responses: {
                /** @description Văn bản */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        trace?: never;
    };
    "/api/documents/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ký duyệt */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Văn bản đã ký duyệt */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hủy văn bản (văn bản đã ban hành giữ số, ghi là đã hủy) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Văn bản đã hủy */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/directions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ý kiến chỉ đạo: giao đơn vị chủ trì, phối hợp, hạn xử lý */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        assigneeId?: number;
                        coordinatingOrgIds?: number[];
                        deadline?: string;
                        leadOrgId?: number;
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Ý kiến chỉ đạo đã ghi */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentDirected"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Văn bản dạng Word theo thể thức văn bản của Đảng */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp Word */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/edxml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gói tin edXML (QCVN 102:2016) của văn bản đi đã ban hành, kèm các tệp (base64) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Gói tin edXML */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/xml": string;
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/exchange": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liên thông của một văn bản: gói tin đã gửi, đã nhận, thông điệp trạng thái hai chiều */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Liên thông của văn bản */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentExchange"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        /** Gửi văn bản đã ban hành qua liên thông tới các mã định danh (gửi mới, thay thế, thu hồi, cập nhật); gửi lại tự động khi bên nhận chưa sẵn sàng */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind?: "new" | "replacement" | "revocation" | "update";
                        reason?: string;
                        replacesDocumentId?: number;
                        to: string[];
                    };
                };
            };
            responses: {
                /** @description Các gói tin đã xếp vào hộp thư đi */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExchangeQueued"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/exchange/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Báo trạng thái văn bản nhận qua liên thông cho nơi gửi: đã tiếp nhận, từ chối (nêu lý do), đang xử lý, hoàn thành */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                        /** @enum {string} */
                        status: "accepted" | "rejected" | "processing" | "done";
                    };
                };
            };
            responses: {
                /** @description Thông điệp trạng thái đã xếp vào hộp thư đi */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExchangeMessage"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tải tệp lên (multipart, trường file): PDF, DOCX, ảnh quét JPEG/PNG/TIFF; kind=signed_original: bản gốc đã ký của văn bản đã ban hành */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "multipart/form-data": {
                        /** Format: binary */
                        file: string;
                        /** @enum {string} */
                        kind?: "attachment" | "signed_original";
                    };
                };
            };
            responses: {
                /** @description Tệp đã lưu */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentFile"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải tệp về (variant=ocr: bản PDF/A đã nhận dạng chữ; inline=1 để xem trong trình duyệt) */
        get: {
            parameters: {
                query?: {
                    inline?: "0" | "1";
                    variant?: "original" | "ocr";
                };
                header?: never;
                path: {
                    fileId: number;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Nội dung tệp */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                        "image/jpeg": string;
                        "image/png": string;
                        "image/tiff": string;
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/handling": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cập nhật tình trạng xử lý của đơn vị hoặc của tôi */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "new" | "in_progress" | "done";
                    };
                };
            };
            responses: {
                /** @description Văn bản */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ban hành: cấp số, ký hiệu và gửi đơn vị nhận */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Văn bản đã ban hành */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentIssued"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/recipients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nơi nhận: đơn vị trong hệ thống và nơi nhận bên ngoài */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default [] */
                        external?: string[];
                        /** @default [] */
                        orgIds?: number[];
                    };
                };
            };
            responses: {
                /** @description Nơi nhận */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentRecipientList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Trả lại kèm ý kiến */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Văn bản bị trả lại */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/signers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lãnh đạo có thể ký văn bản này (để trình ký), xếp theo tên */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Người ký */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentSigners"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Trình ký */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        signerId: number;
                        submittedOn?: string;
                    };
                };
            };
            responses: {
                /** @description Văn bản chờ ký */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kiểm tra trùng trước khi vào sổ: cùng cơ quan ban hành, số ký hiệu và ngày */
        get: {
            parameters: {
                query: {
                    issuedOn: string;
                    issuer?: string;
                    orgId: number;
                    symbol: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Các văn bản trùng */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentDuplicates"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Văn bản chờ đơn vị hoặc chờ tôi xử lý: quá hạn và khẩn trước */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number | null;
                    scope?: "unit" | "me";
                    status?: "new" | "in_progress" | "done" | "open";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Hộp văn bản */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentInbox"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/register.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sổ đăng ký văn bản đến / đi theo khoảng ngày (Excel) */
        get: {
            parameters: {
                query: {
                    direction: "in" | "out";
                    from: string;
                    orgId?: number;
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp Excel */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/elections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các cuộc bầu cử trong phạm vi (lọc theo đơn vị, đại hội) */
        get: {
            parameters: {
                query?: {
                    congressId?: number;
                    orgId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Danh sách */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ElectionList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        /** Tạo cuộc bầu cử với danh sách bầu cử; danh sách vượt số dư cho phép (quy tắc congresses.candidate_surplus) bị từ chối (422) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        candidates: string[];
                        congressId?: number;
                        convened: number;
                        /** @enum {string} */
                        kind?: "election" | "nomination";
                        orgId: number;
                        seats: number;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Cuộc bầu cử đã tạo */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ElectionCreated"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/elections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Trang cuộc bầu cử: danh sách, quy tắc áp dụng, kết quả, trạng thái chuẩn y */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Cuộc bầu cử */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ElectionDetail"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/elections/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cấp ủy cấp trên chuẩn y kết quả bầu cử */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Cuộc bầu cử đã được chuẩn y */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ElectionDetail"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/elections/{id}/ballots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nhập phiếu đã được Ban kiểm phiếu thống nhất (mỗi phiếu: hợp lệ hay không, một ô cho mỗi người trong danh sách); phiếu bầu nhiều hơn số lượng cần bầu được tính là không hợp lệ */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ballots: {
                            marks: boolean[];
                            valid: boolean;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Kết quả sau khi nhập */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ElectionResult"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/elections/{id}/package": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gói kết quả kiểm phiếu đã ký (chuỗi mã băm các phiếu, chữ ký Ed25519 của bản cài đặt) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Gói kết quả */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ballots: {
                                hash: string;
                                marks: string;
                                seq: number;
                                valid: boolean;
                            }[];
                            election: {
                                candidates: string[];
                                convened: number;
                                /** @enum {string} */
                                kind: "election" | "nomination";
                                rules: {
                                    majority: {
                                        base: number;
                                        percent: number;
                                    };
                                    surplus: {
                                        minExtra: number;
                                        percent: number;
                                    };
                                    validity: {
                                        blankInvalid: number;
                                        overSeatsInvalid: number;
                                    };
                                };
                                seats: number;
                                title: string;
                            };
                            exportedAt: string;
                            /** @enum {string} */
                            format: "vanphong.election-package/1";
                            head: string;
                            result: {
                                items: {
                                    elected: boolean;
                                    fullName: string;
                                    runoff: boolean;
                                    votes: number;
                                }[];
                                validBallots: number;
                            };
                            signature: string;
                            station: {
                                fingerprint: string;
                                name: string;
                                publicKey: string;
                            };
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/elections/{id}/record.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Biên bản kiểm phiếu (Word) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp Word */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/elections/{id}/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kết quả: số phiếu, tỷ lệ so với phiếu hợp lệ và so với số được triệu tập, trúng cử (quá bán, không quá số lượng), bầu tiếp khi bằng phiếu ở vị trí cuối */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Kết quả */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ElectionResult"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/elections/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Kết thúc kiểm phiếu và trình cấp ủy cấp trên chuẩn y */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Cuộc bầu cử đã trình */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ElectionDetail"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/elections/{id}/tally": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Phần nhập của hai người kiểm phiếu và những phiếu còn khác nhau */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tình trạng nhập phiếu */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TallyState"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/elections/{id}/tally/{teller}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Phần nhập của một người kiểm phiếu (1 hoặc 2), thay cả danh sách phiếu đã nhập */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    teller: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ballots: {
                            marks: boolean[];
                            valid: boolean;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Tình trạng nhập phiếu */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TallyState"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/elections/{id}/tally/agree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hai phần nhập đã khớp: đưa các phiếu vào kết quả kiểm phiếu */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Kết quả sau khi nhập */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ElectionResult"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/elections/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nhập gói kết quả đã ký của máy kiểm phiếu: kiểm tra khóa, chữ ký, chuỗi mã băm, quy tắc và kết quả; gói bị sửa bị từ chối */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        congressId?: number;
                        orgId: number;
                        package: {
                            ballots: {
                                hash: string;
                                marks: string;
                                seq: number;
                                valid: boolean;
                            }[];
                            election: {
                                candidates: string[];
                                convened: number;
                                /** @enum {string} */
                                kind: "election" | "nomination";
                                rules: {
                                    majority: {
                                        base: number;
                                        percent: number;
                                    };
                                    surplus: {
                                        minExtra: number;
                                        percent: number;
                                    };
                                    validity: {
                                        blankInvalid: number;
                                        overSeatsInvalid: number;
                                    };
                                };
                                seats: number;
                                title: string;
                            };
                            exportedAt: string;
                            /** @enum {string} */
                            format: "vanphong.election-package/1";
                            head: string;
                            result: {
                                items: {
                                    elected: boolean;
                                    fullName: string;
                                    runoff: boolean;
                                    votes: number;
                                }[];
                                validBallots: number;
                            };
                            signature: string;
                            station: {
                                fingerprint: string;
                                name: string;
                                publicKey: string;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Cuộc bầu cử đã nhập */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ElectionCreated"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/elections/station": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Khóa ký (Ed25519) của bản cài đặt này và các máy kiểm phiếu được tin cậy */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Máy kiểm phiếu */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CongressStationInfo"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/elections/stations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi nhận khóa công khai của một máy kiểm phiếu (quản trị viên) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        publicKey: string;
                    };
                };
            };
            responses: {
                /** @description Máy kiểm phiếu */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CongressStationInfo"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exchange/edxml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nhận gói tin edXML từ tệp (multipart, trường file) thành văn bản đến của đơn vị nhận: số đến, kiểm tra trùng, tệp đính kèm; orgId: đơn vị nhận (mặc định theo mã nơi nhận); confirmDuplicate=true: vẫn vào sổ khi trùng */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "multipart/form-data": {
                        /** @enum {string} */
                        confirmDuplicate?: "true" | "false";
                        /** Format: binary */
                        file: string;
                        orgId?: string;
                    };
                };
            };
            responses: {
                /** @description Văn bản đến đã vào sổ */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExchangeImported"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exchange/identity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Khóa công khai của hệ thống này (trao cho hệ thống bên kia khi thiết lập) và mã định danh các đơn vị */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Định danh liên thông */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExchangeIdentity"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exchange/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hộp thư đến liên thông: gói tin edXML hoặc thông điệp trạng thái (multipart, trường file) với mã thông điệp và chữ ký Ed25519 tách rời; mã thông điệp đã nhận thì bỏ qua */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "x-edxml-message-id"?: string;
                    "x-edxml-signature"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "multipart/form-data": {
                        /** Format: binary */
                        file: string;
                    };
                };
            };
            responses: {
                /** @description Gói tin đã nhận */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExchangeInboxAnswer"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exchange/journal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Nhật ký liên thông: hộp thư đi theo trạng thái, các gói tin gần nhất */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Nhật ký liên thông */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExchangeJournal"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exchange/peers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các hệ thống liên thông: địa chỉ, mã định danh phục vụ, khóa công khai */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Hệ thống liên thông */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExchangePeerList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        /** Khai báo một hệ thống liên thông */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        codes: string[];
                        name: string;
                        publicKey: string;
                        url: string;
                    };
                };
            };
            responses: {
                /** @description Hệ thống liên thông */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExchangePeer"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exchange/peers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Gỡ một hệ thống liên thông (gói tin chưa gửi tới nó sẽ báo lỗi) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Đã gỡ */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exchange/units/{id}/code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Gán (hoặc bỏ, code=null) mã định danh liên thông của một đơn vị */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string | null;
                    };
                };
            };
            responses: {
                /** @description Mã định danh của đơn vị */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExchangeUnitCode"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/finance/fees/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tỷ lệ thu đảng phí, số nợ theo đơn vị và số thu từng tháng */
        get: {
            parameters: {
                query: {
                    from: string;
                    orgId: number;
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Bảng theo dõi đảng phí */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeeDashboard"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/finance/fees/remittance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Đảng phí thu, trích giữ lại và nộp cấp trên của đơn vị và từng đơn vị trực thuộc trong khoảng tháng (thu = giữ lại + nộp lên ở mọi cấp) */
        get: {
            parameters: {
                query: {
                    from: string;
                    orgId: number;
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thu, giữ lại, nộp lên */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeeRemittance"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/finance/fees/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Báo cáo thu, nộp đảng phí theo đơn vị và theo tháng, cộng dồn lên các cấp (format=xlsx hoặc docx) */
        get: {
            parameters: {
                query: {
                    format: "xlsx" | "docx";
                    from: string;
                    orgId: number;
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp Excel hoặc Word */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/finance/fund/book": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sổ quỹ: số dư đầu kỳ, các bút toán, tổng thu, tổng chi, số dư cuối kỳ */
        get: {
            parameters: {
                query: {
                    from?: string;
                    orgId: number;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Sổ quỹ */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FundBook"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/finance/fund/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi một khoản thu hoặc chi vào sổ quỹ của tổ chức cơ sở đảng */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amount: number;
                        category: string;
                        description: string;
                        /** @enum {string} */
                        direction: "receipt" | "spending";
                        entryDate: string;
                        orgId: number;
                    };
                };
            };
            responses: {
                /** @description Bút toán đã ghi */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FundEntry"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/finance/fund/entries/{id}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sửa một bút toán bằng bút toán mới dẫn chiếu bút toán cũ (không xóa, không sửa đè) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amount: number;
                        category?: string;
                        description: string;
                        entryDate: string;
                    };
                };
            };
            responses: {
                /** @description Bút toán sửa */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FundEntry"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/finance/fund/quarter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Báo cáo quý của sổ quỹ: thu, chi theo nội dung, số dư */
        get: {
            parameters: {
                query: {
                    orgId: number;
                    quarter: number;
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Báo cáo quý */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FundQuarter"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/finance/fund/quarter.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Báo cáo quý của sổ quỹ (Word) */
        get: {
            parameters: {
                query: {
                    orgId: number;
                    quarter: number;
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp Word */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/finance/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi số đảng phí đã nhận của một đơn vị trực thuộc trong một tháng (ghi lại thì thay số cũ) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amount: number;
                        fromOrgId: number;
                        month: string;
                        note?: string;
                        orgId: number;
                        receivedOn: string;
                    };
                };
            };
            responses: {
                /** @description Số đã nhận */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FinanceReceipt"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/finance/reconciliation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Đối chiếu số phải nộp lên với số đã nhận, theo từng đơn vị trực thuộc và từng tháng */
        get: {
            parameters: {
                query: {
                    from: string;
                    orgId: number;
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Đối chiếu */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Reconciliation"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tình trạng máy chủ và loại cơ sở dữ liệu (embedded = PGlite, postgres = máy chủ PostgreSQL) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Hoạt động bình thường */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
                /** @description Cơ sở dữ liệu không trả lời */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các cuộc kiểm tra, giám sát mà tài khoản được xem */
        get: {
            parameters: {
                query?: {
                    kind?: "violation" | "supervision_thematic" | "supervision_regular" | "complaint";
                    limit?: number;
                    orgId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Danh sách */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InspectionCaseList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        /** Mở một cuộc kiểm tra, giám sát hoặc giải quyết tố cáo (quyết định, đoàn, độ mật) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        complainant?: string;
                        decidedOn: string;
                        decisionNo: string;
                        /** @enum {string} */
                        kind: "violation" | "supervision_thematic" | "supervision_regular" | "complaint";
                        leadUserId: number;
                        orgId: number;
                        preparationFrom: string;
                        programmeItemId?: number;
                        secrecy?: number;
                        selfReportDue?: string;
                        subjectMemberId?: number;
                        subjectOrgId?: number;
                        teamUserIds: number[];
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Cuộc kiểm tra, giám sát */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InspectionCase"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một cuộc kiểm tra, giám sát: các bước, đoàn, kết luận, yêu cầu khắc phục */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Cuộc kiểm tra, giám sát */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InspectionCase"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/cases/{id}/conclusion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi kết luận và các yêu cầu khắc phục; cuộc kiểm tra kết thúc */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        conclusion: string;
                        on: string;
                        /** @default [] */
                        remedies?: {
                            content: string;
                            dueOn: string;
                        }[];
                        violationFound: boolean;
                    };
                };
            };
            responses: {
                /** @description Cuộc kiểm tra, giám sát */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InspectionCase"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/cases/{id}/remedies/{remedyId}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Theo dõi khắc phục: ghi nhận một yêu cầu đã thực hiện */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    remedyId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        on: string;
                    };
                };
            };
            responses: {
                /** @description Cuộc kiểm tra, giám sát */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InspectionCase"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/cases/{id}/self-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi nhận báo cáo tự kiểm điểm của đối tượng */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        on: string;
                    };
                };
            };
            responses: {
                /** @description Cuộc kiểm tra, giám sát */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InspectionCase"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/cases/{id}/stage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Chuyển sang bước tiếp theo (chuẩn bị → tiến hành → kết luận) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        on: string;
                    };
                };
            };
            responses: {
                /** @description Cuộc kiểm tra, giám sát */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InspectionCase"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các chương trình kiểm tra, giám sát */
        get: {
            parameters: {
                query?: {
                    orgId?: number;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Danh sách */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InspectionProgrammeList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        /** Ban hành chương trình kiểm tra, giám sát năm (nội dung giao cho đơn vị, đảng viên) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        issuer: "committee" | "inspection_committee" | "chi_bo";
                        /** @default [] */
                        items?: {
                            content: string;
                            /** @enum {string} */
                            kind: "inspection" | "supervision";
                            periodFrom: string;
                            periodTo: string;
                            subjectMemberId?: number;
                            subjectOrgId?: number;
                        }[];
                        orgId: number;
                        title: string;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Chương trình */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InspectionProgramme"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/programmes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một chương trình kiểm tra, giám sát với các nội dung */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Chương trình */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InspectionProgramme"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intel/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lịch báo cáo định kỳ của các đơn vị cấp dưới: kỳ gần nhất, đơn vị chậm nộp, hạn kỳ tới */
        get: {
            parameters: {
                query?: {
                    on?: string;
                    orgId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Lịch báo cáo */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IntelCalendar"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intel/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh mục lĩnh vực thông tin tình hình đang dùng */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Các lĩnh vực */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IntelCategoryList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        /** Thêm một lĩnh vực vào danh mục (quản trị); mã không dùng lại */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Lĩnh vực đã thêm */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IntelCategoryAdmin"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intel/categories/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Đổi tên, ngừng dùng hoặc dùng lại một lĩnh vực (quản trị); vụ việc cũ giữ lĩnh vực của mình */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Lĩnh vực */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IntelCategoryAdmin"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        trace?: never;
    };
    "/api/intel/categories/all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh mục lĩnh vực, cả lĩnh vực đã ngừng dùng (quản trị) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Các lĩnh vực */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IntelCategoryAdminList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intel/issues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sổ theo dõi vụ việc, điểm nóng: đang mở trước, nghiêm trọng trước */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    open?: "true" | "false";
                    orgId?: number;
                    status?: "new" | "watching" | "reported" | "directed" | "resolved" | "recurred";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Danh sách */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IntelIssueList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        /** Đưa một vụ việc, điểm nóng vào sổ theo dõi (có thể gắn ngay các vụ việc đã báo cáo) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        category: string;
                        itemIds?: number[];
                        orgId: number;
                        placeOrgId?: number;
                        secrecy?: number;
                        severity?: number;
                        summary?: string | null;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Vụ việc, điểm nóng */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IntelIssue"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intel/issues/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một vụ việc, điểm nóng: các vụ việc đã gắn, diễn biến, văn bản và nhiệm vụ liên quan */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Vụ việc, điểm nóng */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IntelIssue"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intel/issues/{id}/directions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ý kiến chỉ đạo của lãnh đạo: giao nhiệm vụ cho đơn vị chủ trì, vụ việc chuyển sang «Đã có chỉ đạo» */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        assigneeId?: number | null;
                        dueOn: string;
                        orgId: number;
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Vụ việc, điểm nóng với nhiệm vụ vừa giao */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IntelDirected"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intel/issues/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Gắn các vụ việc đã báo cáo vào vụ việc, điểm nóng */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        itemIds: number[];
                    };
                };
            };
            responses: {
                /** @description Vụ việc, điểm nóng */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IntelIssue"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intel/issues/{id}/items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Gỡ một vụ việc khỏi vụ việc, điểm nóng */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    itemId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Vụ việc, điểm nóng */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IntelIssue"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intel/issues/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Liên kết một văn bản hoặc nhiệm vụ với vụ việc, điểm nóng */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "document" | "task";
                        targetId: number;
                    };
                };
            };
            responses: {
                /** @description Vụ việc, điểm nóng */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IntelIssue"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intel/issues/{id}/links/{kind}/{targetId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Gỡ liên kết văn bản hoặc nhiệm vụ */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    kind: "document" | "task";
                    targetId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Vụ việc, điểm nóng */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IntelIssue"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intel/issues/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Chuyển trạng thái: theo dõi, báo cáo Ban Thường vụ, đã giải quyết, tái phát */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string | null;
                        on?: string;
                        /** @enum {string} */
                        status: "new" | "watching" | "reported" | "directed" | "resolved" | "recurred";
                    };
                };
            };
            responses: {
                /** @description Vụ việc, điểm nóng */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IntelIssue"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intel/reminders/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Gửi ngay các lời nhắc nộp báo cáo (việc hằng ngày cũng làm như vậy) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        today?: string;
                    };
                };
            };
            responses: {
                /** @description Kết quả */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IntelReminderRun"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intel/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các báo cáo tình hình (của một đơn vị và cấp dưới khi chọn), mới nhất trước */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    kind?: "periodic" | "quick";
                    limit?: number;
                    orgId?: number;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Danh sách */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IntelReportList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        /** Gửi báo cáo định kỳ hoặc báo cáo nhanh của một đơn vị; báo cáo nhanh được thông báo ngay cho lãnh đạo đơn vị và cấp trên */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            category: string;
                            occurredOn: string;
                            peopleCount?: number | null;
                            placeOrgId?: number;
                            severity: number;
                            summary: string;
                        }[];
                        /** @enum {string} */
                        kind: "periodic" | "quick";
                        orgId: number;
                        periodEnd?: string;
                        periodStart?: string;
                        secrecy?: number;
                        summary?: string | null;
                        title?: string | null;
                    };
                };
            };
            responses: {
                /** @description Báo cáo đã nhận */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IntelReport"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intel/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một báo cáo với các vụ việc */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Báo cáo */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IntelReport"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intel/schedules/{orgId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Đặt kỳ báo cáo (hằng tuần, hằng tháng) và hạn nộp cho một đơn vị cấp dưới */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        dueDay: number;
                        /** @enum {string} */
                        frequency: "weekly" | "monthly";
                        startsOn: string;
                    };
                };
            };
            responses: {
                /** @description Lịch của đơn vị */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IntelCalendarEntry"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        post?: never;
        /** Bỏ lịch báo cáo của một đơn vị */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Đã bỏ */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intel/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Số vụ việc theo tuần của một lĩnh vực ở một đơn vị (và cấp dưới): chuỗi số liệu sau một cảnh báo */
        get: {
            parameters: {
                query: {
                    category: string;
                    on?: string;
                    orgId: number;
                    weeks?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Chuỗi số liệu */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IntelSeries"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intel/synthesis.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dự thảo báo cáo tổng hợp tình hình từ báo cáo của các đơn vị cấp dưới trong một kỳ (Word): theo lĩnh vực, địa bàn, vụ việc nghiêm trọng, điểm nóng đang theo dõi */
        get: {
            parameters: {
                query: {
                    from: string;
                    orgId: number;
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp Word */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intel/warnings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cảnh báo sớm điểm nóng của một đơn vị và cấp dưới: lĩnh vực tăng rõ so với mức nền 12 tuần, tăng đồng loạt, tái phát */
        get: {
            parameters: {
                query: {
                    on?: string;
                    orgId: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Các cảnh báo */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IntelWarningList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/home": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Trang chủ của tôi: đảng viên — cuộc họp tới, nhiệm vụ, đảng phí, hồ sơ, học tập, thông báo; cán bộ — việc đang chờ (số lượng và đường dẫn) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Trang chủ */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Home"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các cuộc sinh hoạt (của một đơn vị và cấp dưới khi chọn), mới nhất trước, kèm cảnh báo */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    from?: string;
                    kind?: "regular" | "thematic";
                    limit?: number;
                    orgId?: number;
                    status?: "planned" | "notified" | "held" | "resolved" | "reported" | "cancelled";
                    to?: string;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Danh sách */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeetingList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        /** Lên kế hoạch một cuộc sinh hoạt (thường kỳ, chuyên đề) của chi bộ hoặc đảng bộ: thời gian, địa điểm hoặc đường dẫn, chủ trì, thư ký, nội dung */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        agenda?: string | string[] | null;
                        chairMemberId?: number | null;
                        chairName?: string | null;
                        combined?: boolean;
                        endsAt?: string | null;
                        /** @enum {string} */
                        kind: "regular" | "thematic";
                        orgId: number;
                        place?: string | null;
                        secrecy?: number;
                        secretaryMemberId?: number | null;
                        secretaryName?: string | null;
                        startsAt: string;
                        title: string;
                        topic?: string | null;
                        videoLink?: string | null;
                    };
                };
            };
            responses: {
                /** @description Cuộc sinh hoạt, kèm nhiệm vụ chưa hoàn thành của nghị quyết kỳ trước */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeetingDetail"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Toàn bộ hồ sơ cuộc sinh hoạt: quy định áp dụng, điểm danh, biểu quyết, tài liệu, biên bản, nghị quyết */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Cuộc sinh hoạt */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeetingDetail"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Sửa kế hoạch (trước khi ban hành nghị quyết) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        agenda?: string | string[] | null;
                        chairMemberId?: number | null;
                        chairName?: string | null;
                        combined?: boolean;
                        endsAt?: string | null;
                        /** @enum {string} */
                        kind?: "regular" | "thematic";
                        place?: string | null;
                        secretaryMemberId?: number | null;
                        secretaryName?: string | null;
                        startsAt?: string;
                        title?: string;
                        topic?: string | null;
                        videoLink?: string | null;
                    };
                };
            };
            responses: {
                /** @description Cuộc sinh hoạt */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeetingDetail"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        trace?: never;
    };
    "/api/meetings/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Điểm danh của cuộc sinh hoạt */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Điểm danh */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeetingAttendance"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        /** Ghi điểm danh (thay cả danh sách): present, absent_excused, absent, exempt, elsewhere (sinh hoạt tạm thời nơi khác) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        entries: {
                            memberId: number;
                            reason?: string;
                            /** @enum {string} */
                            status: "present" | "absent_excused" | "absent" | "exempt" | "elsewhere";
                        }[];
                    };
                };
            };
            responses: {
                /** @description Điểm danh sau khi ghi */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeetingAttendance"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/attendance.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách đảng viên dự sinh hoạt (Word) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp Word */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hủy cuộc sinh hoạt (trước khi ban hành nghị quyết) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Cuộc sinh hoạt */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeetingDetail"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đăng tài liệu (multipart «file»; «kind»: material — tài liệu sinh hoạt, minutes, resolution, other) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp đã đăng */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeetingFile"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải tài liệu của cuộc sinh hoạt */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    fileId: number;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Nội dung tệp */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                        "image/jpeg": string;
                        "image/png": string;
                        "image/tiff": string;
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/invitation.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Giấy mời dự sinh hoạt (Word, thể thức văn bản của Đảng) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp Word */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/minutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Ghi biên bản: giờ bắt đầu, kết thúc thực tế, ý kiến thảo luận, kết luận */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        conclusion?: string | null;
                        discussion?: string | null;
                        endsAt?: string | null;
                        startsAt?: string;
                    };
                };
            };
            responses: {
                /** @description Biên bản */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeetingMinutes"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/minutes.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Biên bản sinh hoạt (Word) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp Word */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/notify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thông báo cho đảng viên của chi bộ và cấp ủy cấp trên */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Đã thông báo */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeetingNotice"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/quality": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Chấm điểm chất lượng theo bộ tiêu chí cuộc sinh hoạt áp dụng */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        scores: {
                            code: string;
                            points: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Điểm chất lượng */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeetingQuality"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Báo cáo cấp ủy cấp trên (thông báo đến cán bộ của cấp ủy cấp trên) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Đã báo cáo */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeetingResolution"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/resolution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Dự thảo nghị quyết: kết quả tháng trước, nhiệm vụ tháng này (người thực hiện, thời hạn) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        directions?: string | null;
                        results: string;
                        tasks: {
                            dueOn: string;
                            ownerMemberId?: number | null;
                            ownerName?: string | null;
                            title: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Dự thảo nghị quyết */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeetingResolution"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/resolution.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Nghị quyết chi bộ (Word; dự thảo khi chưa ban hành) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp Word */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/resolution/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ban hành nghị quyết: cấp số theo sổ nghị quyết của chi bộ, giao nhiệm vụ vào hệ thống theo dõi */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Nghị quyết đã ban hành */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeetingResolution"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/votes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi kết quả biểu quyết: base = đảng viên chính thức của chi bộ ngày họp trừ người miễn sinh hoạt; thông qua khi for × 2 > base */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        abstain: number;
                        against: number;
                        for: number;
                        subject: string;
                    };
                };
            };
            responses: {
                /** @description Kết quả biểu quyết */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeetingVote"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/absences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Đảng viên vắng sinh hoạt thường kỳ không có lý do từ 3 tháng trở lên trong năm (Điều lệ Đảng, Điều 8 khoản 3) */
        get: {
            parameters: {
                query: {
                    orgId: number;
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Danh sách, theo tên */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeetingAbsences"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/carry-over": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Nhiệm vụ chưa hoàn thành của nghị quyết kỳ trước của chi bộ (đưa vào nội dung kỳ tới) */
        get: {
            parameters: {
                query: {
                    before?: string;
                    orgId: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Nhiệm vụ chuyển kỳ */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeetingCarryOverAnswer"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tổng hợp cho cấp ủy cấp trên: chi bộ nào đã sinh hoạt, ngày nào, tỷ lệ tham dự, tháng và quý thiếu sinh hoạt */
        get: {
            parameters: {
                query: {
                    orgId: number;
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tổng hợp theo chi bộ */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeetingsOverview"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/overview.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tổng hợp sinh hoạt chi bộ (Excel) */
        get: {
            parameters: {
                query: {
                    orgId: number;
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp Excel */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sổ theo dõi sinh hoạt của chi bộ trong năm (đảng viên × cuộc sinh hoạt) */
        get: {
            parameters: {
                query: {
                    orgId: number;
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Sổ theo dõi */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeetingAttendanceRegister"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/register.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sổ theo dõi sinh hoạt của chi bộ trong năm (Excel) */
        get: {
            parameters: {
                query: {
                    orgId: number;
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp Excel */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách đảng viên trong phạm vi (đảng viên chỉ thấy hồ sơ của mình), xếp theo tên; lọc theo đơn vị, tình trạng, tuổi, tuổi đảng, đến hạn Huy hiệu */
        get: {
            parameters: {
                query?: {
                    ageMax?: number | null;
                    ageMin?: number | null;
                    badgeDueOn?: string;
                    cursor?: string;
                    limit?: number;
                    orgId?: number;
                    partyAgeMax?: number | null;
                    partyAgeMin?: number | null;
                    q?: string;
                    shared?: "0" | "1";
                    status?: "du_bi" | "chinh_thuc" | "chuyen_di" | "xoa_ten" | "tu_tran" | "all" | "active";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Một trang danh sách */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        /** Thêm hồ sơ đảng viên (số thẻ đảng viên không trùng; trùng → 409) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        admittedOn: string;
                        birthDate: string;
                        education?: string;
                        ethnicity?: string;
                        feeBase?: number | null;
                        /** @enum {string} */
                        feeBasis?: "salary" | "pension" | "student" | "fixed";
                        fullName: string;
                        /** @enum {string} */
                        gender?: "Nam" | "Nữ";
                        homeTown?: string;
                        interruptions?: {
                            from: string;
                            reason?: string;
                            to: string;
                        }[];
                        occupation?: string;
                        officialOn?: string;
                        orgId: number;
                        partyCardNo?: string;
                        position?: string;
                        religion?: string;
                        residence?: string;
                        secrecy?: number;
                        seriouslyIll?: boolean;
                        theoryLevel?: string;
                        userId?: number | null;
                    };
                };
            };
            responses: {
                /** @description Hồ sơ đã tạo */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberRecord"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hồ sơ một đảng viên (việc xem được ghi nhật ký) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Hồ sơ */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberDetail"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Sửa hồ sơ (mọi thay đổi vào lịch sử); gắn tài khoản của đảng viên (userId) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        admittedOn?: string;
                        birthDate?: string;
                        education?: string;
                        ethnicity?: string;
                        feeBase?: number | null;
                        /** @enum {string} */
                        feeBasis?: "salary" | "pension" | "student" | "fixed";
                        fullName?: string;
                        /** @enum {string|null} */
                        gender?: "Nam" | "Nữ" | null;
                        homeTown?: string;
                        interruptions?: {
                            from: string;
                            reason?: string;
                            to: string;
                        }[];
                        occupation?: string;
                        officialOn?: string | null;
                        partyCardNo?: string | null;
                        position?: string;
                        religion?: string;
                        residence?: string;
                        secrecy?: number;
                        seriouslyIll?: boolean;
                        theoryLevel?: string;
                        userId?: number | null;
                    };
                };
            };
            responses: {
                /** @description Hồ sơ sau khi sửa */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberRecord"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        trace?: never;
    };
    "/api/members/{id}/badges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi nhận Huy hiệu Đảng đã trao { years, awardedOn } */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        awardedOn: string;
                        decisionNo?: string;
                        years: 30 | 40 | 45 | 50 | 55 | 60 | 65 | 70 | 75 | 80 | 85 | 90;
                    };
                };
            };
            responses: {
                /** @description Hồ sơ sau khi ghi nhận */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberDetail"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lịch sử thay đổi của hồ sơ */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Lịch sử */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberHistory"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/{id}/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các năm xếp loại của một đảng viên */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Các năm xếp loại */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberRatings"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        /** Chấm điểm năm (30 điểm tiêu chí chung, 70 điểm kết quả) → xếp loại theo ngưỡng */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        allTasksOnTime?: boolean;
                        generalScore: number;
                        resultScore: number;
                        selfReview?: string;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Xếp loại */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberRating"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/{id}/ratings/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Quyết định xếp loại của chi bộ (level=cell) hoặc cấp ủy cấp trên (level=committee) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        category: "xuat_sac" | "tot" | "hoan_thanh" | "khong_hoan_thanh";
                        decidedOn: string;
                        /** @enum {string} */
                        level: "cell" | "committee";
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Xếp loại */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberRating"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/{id}/recognize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Công nhận đảng viên chính thức (sau 12 tháng dự bị) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        decisionNo?: string;
                        officialOn: string;
                    };
                };
            };
            responses: {
                /** @description Hồ sơ */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberDetail"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/{id}/residence-comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nhận xét hằng năm của chi ủy nơi cư trú */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        by?: string;
                        comment: string;
                        commentedOn: string;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Chuyển sinh hoạt và nơi cư trú của đảng viên */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberMoves"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/{id}/residences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đăng ký sinh hoạt nơi cư trú */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        endedOn?: string;
                        place: string;
                        registeredOn: string;
                        residenceOrgId?: number;
                    };
                };
            };
            responses: {
                /** @description Chuyển sinh hoạt và nơi cư trú của đảng viên */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberMoves"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/{id}/self-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Bản tự kiểm điểm của năm (đảng viên tự viết cho mình) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        selfReview: string;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Xếp loại */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberRating"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Xóa tên hoặc ghi nhận từ trần */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        on: string;
                        reason?: string;
                        /** @enum {string} */
                        status: "xoa_ten" | "tu_tran";
                    };
                };
            };
            responses: {
                /** @description Hồ sơ */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberDetail"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/{id}/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Chuyển sinh hoạt, đăng ký nơi cư trú và nhận xét của nơi cư trú của một đảng viên */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Chuyển sinh hoạt và nơi cư trú của đảng viên */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberMoves"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        /** Chuyển sinh hoạt đảng (chính thức hoặc tạm thời) đi đơn vị khác, có số giấy giới thiệu */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "official" | "temporary";
                        note?: string;
                        outOn: string;
                        paperNo: string;
                        toName?: string;
                        toOrgId?: number;
                        untilOn?: string;
                    };
                };
            };
            responses: {
                /** @description Lần chuyển sinh hoạt */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberTransfer"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/admissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Người đang trong quy trình kết nạp, theo bước */
        get: {
            parameters: {
                query?: {
                    includeDone?: "0" | "1";
                    orgId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Các bước và người đang trong quy trình */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberAdmissionBoard"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        /** Đưa một người vào quy trình kết nạp (tuổi từ đủ 18 đến đủ 60) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        birthDate: string;
                        courseOn?: string;
                        fullName: string;
                        /** @enum {string} */
                        gender?: "Nam" | "Nữ";
                        note?: string;
                        occupation?: string;
                        orgId: number;
                        residence?: string;
                    };
                };
            };
            responses: {
                /** @description Hồ sơ kết nạp */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberAdmission"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/admissions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một hồ sơ kết nạp */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Hồ sơ kết nạp */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberAdmission"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/admissions/{id}/forms/{form}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mẫu Word của hồ sơ kết nạp: 3-KNĐ (giới thiệu), 6-KNĐ (nghị quyết chi bộ), 9-KNĐ (quyết định) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    form: "3-KNĐ" | "6-KNĐ" | "9-KNĐ";
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp .docx */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/admissions/{id}/stages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi nhận bước tiếp theo (theo thứ tự) với ngày; bước quyết định tạo hồ sơ đảng viên dự bị */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        decisionNo?: string;
                        introducerIds?: number[];
                        note?: string;
                        on: string;
                        partyCardNo?: string;
                        /** @enum {string} */
                        stage: "course" | "application" | "history" | "verification" | "introducers" | "comments" | "cell_resolution" | "committee_resolution" | "decision";
                    };
                };
            };
            responses: {
                /** @description Hồ sơ kết nạp */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberAdmission"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/badges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Đảng viên trong đơn vị (cả cây con) đến ngày `on` đã đủ mốc tuổi đảng mà chưa được tặng Huy hiệu (years = mốc cao nhất), từng trang theo tên (limit, cursor) */
        get: {
            parameters: {
                query: {
                    cursor?: string;
                    limit?: number;
                    on: string;
                    orgId: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Một trang đảng viên đến hạn Huy hiệu */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BadgeDueList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/badges/proposal.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách đề nghị tặng Huy hiệu Đảng của đợt (Word, thể thức văn bản của Đảng) */
        get: {
            parameters: {
                query: {
                    on: string;
                    orgId: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp .docx */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/badges/proposal.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách đề nghị tặng Huy hiệu Đảng của đợt (Excel), kèm tiền thưởng theo lương cơ sở */
        get: {
            parameters: {
                query: {
                    on: string;
                    orgId: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp .xlsx */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/badges/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tổng số đảng viên đến hạn Huy hiệu theo từng mốc và tổng tiền thưởng (mọi trang) */
        get: {
            parameters: {
                query: {
                    on: string;
                    orgId: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tổng hợp đảng viên đến hạn Huy hiệu */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BadgeDueSummary"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/base-salaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mức lương cơ sở theo ngày hiệu lực và hệ số tiền thưởng kèm Huy hiệu */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Lương cơ sở và hệ số */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BaseSalaries"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        /** Thêm (hoặc sửa) mức lương cơ sở có hiệu lực từ một ngày */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amount: number;
                        effectiveFrom: string;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Lương cơ sở và hệ số */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BaseSalaries"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xuất danh sách đảng viên đã lọc ra Excel (tiêu đề tiếng Việt) */
        get: {
            parameters: {
                query?: {
                    ageMax?: number | null;
                    ageMin?: number | null;
                    badgeDueOn?: string;
                    orgId?: number;
                    partyAgeMax?: number | null;
                    partyAgeMin?: number | null;
                    q?: string;
                    shared?: "0" | "1";
                    status?: "du_bi" | "chinh_thuc" | "chuyen_di" | "xoa_ten" | "tu_tran" | "all" | "active";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp .xlsx */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/fees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Đảng phí một tháng của đơn vị: mức phải đóng theo quy định và số đã nộp */
        get: {
            parameters: {
                query: {
                    month: string;
                    orgId: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Bảng đảng phí của tháng */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeeMonthSheet"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/fees/arrears": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Đảng viên không nộp đảng phí từ 3 tháng liền trở lên (tính đến tháng đã chọn, mặc định tháng trước) */
        get: {
            parameters: {
                query: {
                    month?: string;
                    orgId: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Đảng viên nợ đảng phí */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeeArrears"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/fees/book.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sổ thu đảng phí của chi bộ trong năm (Excel) */
        get: {
            parameters: {
                query: {
                    orgId: number;
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp .xlsx */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/fees/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi nhận đảng phí đã nộp theo tháng (ghi đè nếu đã có) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        payments: {
                            amount: number;
                            memberId: number;
                            month: string;
                            paidOn: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Số khoản đã ghi */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeePaymentsRecorded"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/fees/portal/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nhập sao kê đảng phí nộp qua Cổng dịch vụ công quốc gia (multipart: file = CSV hoặc Excel, orgId); đối chiếu theo số thẻ đảng viên, mỗi giao dịch chỉ tính một lần */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description Sao kê (.csv hoặc .xlsx)
                         */
                        file: string;
                        /** @description Đơn vị nhận sao kê */
                        orgId: number;
                    };
                };
            };
            responses: {
                /** @description Kết quả nhập sao kê */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PortalImportResult"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/fees/portal/lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các dòng sao kê đã nhập vào đơn vị (lọc theo trạng thái, ví dụ chưa đối chiếu được) */
        get: {
            parameters: {
                query: {
                    orgId: number;
                    status?: "unmatched" | "matched" | "resolved" | "dismissed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Dòng sao kê */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PortalLineList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/fees/portal/lines/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Để riêng một dòng sao kê không thuộc đơn vị (kèm ghi chú) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Dòng sao kê đã xử lý */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PortalLine"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/fees/portal/lines/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Gán dòng sao kê chưa đối chiếu được cho một đảng viên (số tiền được cộng vào tháng nộp) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        memberId: number;
                    };
                };
            };
            responses: {
                /** @description Dòng sao kê đã xử lý */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PortalLine"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/fees/reliefs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các lần miễn, giảm đảng phí của đảng viên trong đơn vị */
        get: {
            parameters: {
                query: {
                    orgId: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Danh sách miễn, giảm */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeeReliefList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        /** Ghi nhận miễn hoặc giảm đảng phí (30/50/70% hoặc miễn) cho một thời hạn và lý do */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        from: string;
                        memberId: number;
                        note?: string;
                        percent: number;
                        /** @enum {string} */
                        reason: "poor_household" | "serious_illness" | "disaster" | "hardship" | "other";
                        to: string;
                    };
                };
            };
            responses: {
                /** @description Lần miễn, giảm đã ghi */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeeRelief"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nhập danh sách đảng viên từ Excel (multipart: file, orgId) → { imported, rejected: [ { row, reason } ] }. Gửi Accept: application/x-ndjson để nhận tiến độ. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description Tệp Excel (.xlsx)
                         */
                        file: string;
                        /** @description Chi bộ / đơn vị nhận các đảng viên */
                        orgId: number;
                    };
                };
            };
            responses: {
                /** @description Kết quả nhập */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberImportResult"];
                        "application/x-ndjson": components["schemas"]["MemberImportLine"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/import-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tệp Excel mẫu để nhập danh sách đảng viên */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp .xlsx */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/org-ratings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Chấm điểm, xếp loại tổ chức đảng (id = đơn vị) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        allTasksOnTime?: boolean;
                        /** @enum {string} */
                        committeeCategory?: "xuat_sac" | "tot" | "hoan_thanh" | "khong_hoan_thanh";
                        generalScore: number;
                        resultScore: number;
                        selfReview?: string;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Xếp loại tổ chức */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrgRating"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xếp loại chất lượng năm của đảng viên trong đơn vị, thống kê theo đơn vị trực thuộc */
        get: {
            parameters: {
                query: {
                    orgId: number;
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Bảng xếp loại */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RatingSheet"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/transfer-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tiếp nhận đảng viên từ đơn vị ngoài hệ thống (tạo hồ sơ kèm giấy giới thiệu) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        admittedOn: string;
                        birthDate: string;
                        education?: string;
                        ethnicity?: string;
                        feeBase?: number | null;
                        /** @enum {string} */
                        feeBasis?: "salary" | "pension" | "student" | "fixed";
                        fromName: string;
                        fullName: string;
                        /** @enum {string} */
                        gender?: "Nam" | "Nữ";
                        homeTown?: string;
                        inOn: string;
                        interruptions?: {
                            from: string;
                            reason?: string;
                            to: string;
                        }[];
                        /** @enum {string} */
                        kind?: "official" | "temporary";
                        occupation?: string;
                        officialOn?: string;
                        orgId: number;
                        paperNo: string;
                        partyCardNo?: string;
                        position?: string;
                        religion?: string;
                        residence?: string;
                        secrecy?: number;
                        seriouslyIll?: boolean;
                        theoryLevel?: string;
                        userId?: number | null;
                    };
                };
            };
            responses: {
                /** @description Hồ sơ và lần chuyển đến */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberTransferIn"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các lần chuyển sinh hoạt đi hoặc đến các đơn vị trong phạm vi */
        get: {
            parameters: {
                query?: {
                    orgId?: number;
                    state?: "pending" | "done" | "ended" | "cancelled";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Các lần chuyển sinh hoạt */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberTransferList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/transfers/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hủy lần chuyển sinh hoạt chưa được tiếp nhận */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Lần chuyển sinh hoạt */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberTransfer"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/transfers/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Kết thúc sinh hoạt tạm thời */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Lần chuyển sinh hoạt */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberTransfer"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/transfers/{id}/receive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đơn vị nhận ghi nhận đảng viên đã đến (chính thức: chuyển về đơn vị nhận) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        inOn: string;
                        paperNo?: string;
                    };
                };
            };
            responses: {
                /** @description Lần chuyển sinh hoạt */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberTransfer"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thông báo của tôi, mới nhất trước, kèm số chưa đọc */
        get: {
            parameters: {
                query?: {
                    cursor?: number;
                    limit?: number;
                    unread?: "0" | "1";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thông báo */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NotificationPage"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đánh dấu đã đọc (một số hoặc tất cả) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        all?: boolean;
                        ids?: number[];
                    };
                };
            };
            responses: {
                /** @description Số thông báo đã đánh dấu */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NotificationsMarked"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tạo đơn vị */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "central" | "provincial" | "direct_committee" | "grassroots" | "cell" | "board";
                        name: string;
                        on?: string;
                        parentId?: number | null;
                        place?: string;
                        shortCode: string;
                    };
                };
            };
            responses: {
                /** @description Đơn vị đã tạo */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Org"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một đơn vị với lịch sử tên, cấp trên, đơn vị tiền thân và kế thừa */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Đơn vị */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrgDetail"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        /** Xóa đơn vị nhập nhầm (chỉ khi chưa có dữ liệu) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Đã xóa */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        options?: never;
        head?: never;
        /** Đổi tên, ký hiệu (có ngày hiệu lực) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        on?: string;
                        place?: string | null;
                        shortCode?: string;
                    };
                };
            };
            responses: {
                /** @description Đơn vị sau khi đổi */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Org"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        trace?: never;
    };
    "/api/orgs/{id}/children": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một tầng của cây: đơn vị và các đơn vị trực thuộc đang hoạt động (trong phạm vi của tài khoản) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Đơn vị và các đơn vị trực thuộc */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrgChildren"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{id}/dissolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Giải thể đơn vị (không còn đơn vị con và tài khoản) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        on?: string;
                    };
                };
            };
            responses: {
                /** @description Đơn vị đã giải thể */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Org"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Chuyển đơn vị (cả cây con) sang đơn vị cấp trên khác */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        on?: string;
                        parentId: number;
                    };
                };
            };
            responses: {
                /** @description Đơn vị sau khi chuyển */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Org"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{id}/split": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Chia tách một đơn vị thành nhiều đơn vị mới */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        on: string;
                        successors: {
                            /** @enum {string} */
                            kind: "central" | "provincial" | "direct_committee" | "grassroots" | "cell" | "board";
                            name: string;
                            parentId?: number;
                            shortCode: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Kết quả chia tách */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrgSplitResult"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{id}/terms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các nhiệm kỳ của cấp ủy (đánh số văn bản theo nhiệm kỳ) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Nhiệm kỳ */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentTermList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        /** Mở nhiệm kỳ mới (sau đại hội): số văn bản bắt đầu lại từ 1 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        startsOn: string;
                    };
                };
            };
            responses: {
                /** @description Nhiệm kỳ */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentTerm"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hợp nhất nhiều đơn vị vào một đơn vị (mới hoặc có sẵn) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        into: {
                            existingId: number;
                        } | {
                            /** @enum {string} */
                            kind: "central" | "provincial" | "direct_committee" | "grassroots" | "cell" | "board";
                            name: string;
                            parentId: number;
                            shortCode: string;
                        };
                        on: string;
                        predecessorIds: number[];
                    };
                };
            };
            responses: {
                /** @description Kết quả hợp nhất */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrgMergeResult"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tìm đơn vị đang hoạt động theo tên hoặc ký hiệu (không phân biệt dấu), trong phạm vi của tài khoản */
        get: {
            parameters: {
                query: {
                    limit?: number;
                    q: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Các đơn vị khớp, theo thứ tự của cây */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrgSearch"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/tree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cây tổ chức (gốc trước, đơn vị con lồng bên trong); asOf=YYYY-MM-DD để xem tại một ngày
         * @description Trả kèm ETag; gửi If-None-Match với ETag đã có để nhận 304 khi cây chưa đổi. / Answered with an ETag; send it back in If-None-Match to get 304 while the tree is unchanged.
         */
        get: {
            parameters: {
                query?: {
                    asOf?: string;
                    includeInactive?: "0" | "1";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Cây tổ chức */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrgTree"];
                    };
                };
                /** @description Cây chưa đổi kể từ ETag đã gửi trong If-None-Match */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các chương trình công tác xem được (của đơn vị mình, cấp dưới và cấp trên ban hành xuống) */
        get: {
            parameters: {
                query?: {
                    kind?: "term" | "year" | "quarter" | "month" | "week" | "action";
                    orgId?: number;
                    parentProgramId?: number;
                    q?: string;
                    resolution?: string;
                    status?: "draft" | "approved";
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Các chương trình */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProgramList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        /** Tạo chương trình công tác (toàn khóa, năm, quý, tháng, tuần), có thể cụ thể hóa chương trình cấp trên */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        endsOn: string;
                        /** @enum {string} */
                        kind: "term" | "year" | "quarter" | "month" | "week" | "action";
                        orgId: number;
                        parentProgramId?: number;
                        resolution?: {
                            documentId?: number;
                            ref?: string;
                            title?: string;
                        };
                        secrecy?: number;
                        startsOn: string;
                        theme?: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Chương trình đã tạo */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Program"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một chương trình với cây nội dung, và chương trình cấp trên (để đặt cạnh nhau) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Chương trình */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProgramDetail"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        /** Xóa chương trình dự thảo chưa được dùng */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Đã xóa */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        options?: never;
        head?: never;
        /** Sửa chương trình (đã phê duyệt thì phải ghi lý do điều chỉnh) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        endsOn?: string;
                        reason?: string;
                        startsOn?: string;
                        theme?: string | null;
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Chương trình */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Program"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        trace?: never;
    };
    "/api/programs/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Phê duyệt: ban hành xuống đơn vị cấp dưới, giao nhiệm vụ cho các mục có đơn vị chủ trì và thời hạn */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        createTasks?: boolean;
                    };
                };
            };
            responses: {
                /** @description Chương trình đã phê duyệt */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProgramApproved"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs/{id}/cascade": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bảng các chương trình cấp dưới cụ thể hóa chương trình này, với tỷ lệ dập khuôn */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Các chương trình cấp dưới và đơn vị chưa cụ thể hóa */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProgramCascade"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        /** Đơn vị cấp dưới cụ thể hóa: tạo chương trình từ chương trình cấp trên (các mục được sao và liên kết) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        copyItems?: boolean;
                        orgId: number;
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Chương trình của đơn vị cấp dưới */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Program"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs/{id}/copy-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kiểm tra dập khuôn: mức giống chương trình cấp trên của từng mục (không dấu, bỏ tên cấp, tên đơn vị) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tỷ lệ dập khuôn và các mục sao chép */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProgramCopyCheck"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thêm nội dung, nhiệm vụ vào chương trình (đã phê duyệt thì phải ghi lý do) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        coordinatingOrgIds?: number[];
                        description?: string;
                        dueOn?: string;
                        leadOrgId?: number;
                        parentItemId?: number;
                        product?: string;
                        reason?: string;
                        sourceItemId?: number;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Mục đã thêm */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProgramItem"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs/{id}/items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Xóa một mục và các mục con (đã phê duyệt thì phải ghi lý do; mục đã giao nhiệm vụ không xóa được) */
        delete: {
            parameters: {
                query?: {
                    reason?: string;
                };
                header?: never;
                path: {
                    id: number;
                    itemId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Đã xóa */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        options?: never;
        head?: never;
        /** Sửa một mục (viết lại cho phù hợp đơn vị, đơn vị chủ trì, thời hạn…) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    itemId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        coordinatingOrgIds?: number[];
                        description?: string | null;
                        dueOn?: string | null;
                        leadOrgId?: number | null;
                        position?: number;
                        product?: string | null;
                        reason?: string;
                        sourceItemId?: number | null;
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Mục sau khi sửa */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProgramItem"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        trace?: never;
    };
    "/api/programs/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kết quả thực hiện theo nội dung và theo đơn vị trong một kỳ (dữ liệu của báo cáo sơ kết, tổng kết) */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    kind?: "so-ket" | "tong-ket";
                    to?: string;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Kết quả thực hiện */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProgramProgress"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dự thảo báo cáo sơ kết / tổng kết (Word) của một chương trình trong một kỳ */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    kind?: "so-ket" | "tong-ket";
                    to?: string;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp Word */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các lần điều chỉnh chương trình đã phê duyệt, với lý do */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Các lần điều chỉnh */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProgramRevisions"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh mục đề án: bước, đơn vị chủ trì, số ngày chậm, ý kiến chưa xử lý; số đề án theo bước */
        get: {
            parameters: {
                query?: {
                    kind?: "scheme" | "thematic_report";
                    lateOnly?: "true" | "false";
                    orgId?: number;
                    q?: string;
                    stage?: "outline" | "drafting" | "consultation" | "response" | "appraisal" | "submission" | "conclusion" | "issue" | "follow_up";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Danh mục đề án */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProposalPortfolio"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        /** Giao xây dựng một đề án hoặc báo cáo chuyên đề (đơn vị chủ trì, thời hạn trình) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        dueOn: string;
                        /** @enum {string} */
                        kind: "scheme" | "thematic_report";
                        orgId: number;
                        secrecy?: number;
                        summary?: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Đề án đã tạo */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Proposal"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Trang đề án: các bước và thời hạn, tổ biên tập, các lần dự thảo, đợt lấy ý kiến, giải pháp */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Đề án */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProposalDetail"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Sửa tên, nội dung chính, thời hạn trình */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        dueOn?: string;
                        summary?: string | null;
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Đề án sau khi sửa */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProposalDetail"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        trace?: never;
    };
    "/api/proposals/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các ý kiến góp ý (một nơi được xin ý kiến chỉ thấy ý kiến của mình) */
        get: {
            parameters: {
                query?: {
                    version?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Ý kiến góp ý */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProposalCommentList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        /** Góp ý vào một lần dự thảo (tùy chọn một đoạn của nó) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        author: string;
                        paragraph?: number;
                        targetId?: number;
                        text: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Ý kiến đã ghi nhận */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProposalComment"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/comments/{cid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Tiếp thu, giải trình hoặc bảo lưu một ý kiến góp ý */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    cid: number;
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        disposition: "accepted" | "explained" | "reserved";
                        reply: string;
                    };
                };
            };
            responses: {
                /** @description Ý kiến sau khi xử lý */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProposalComment"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** So sánh hai lần dự thảo: từng đoạn, và từng từ trong đoạn đã sửa */
        get: {
            parameters: {
                query: {
                    from: number;
                    to: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Những chỗ khác nhau */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProposalDiff"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thêm một giải pháp (đơn vị chủ trì thực hiện, thời hạn); sau khi ban hành thì giao ngay */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        dueOn: string;
                        leadOrgId: number;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Giải pháp */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProposalMeasure"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/measures/{measureId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Bỏ một giải pháp chưa thành nhiệm vụ */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    measureId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Đã bỏ */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/measures/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Giao các giải pháp chưa có nhiệm vụ thành nhiệm vụ (đề án đã ban hành) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Các giải pháp và nhiệm vụ */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProposalMeasureTasks"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Thời hạn của từng bước */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        plan: {
                            dueOn: string | null;
                            /** @enum {string} */
                            stage: "outline" | "drafting" | "consultation" | "response" | "appraisal" | "submission" | "conclusion" | "issue" | "follow_up";
                        }[];
                    };
                };
            };
            responses: {
                /** @description Đề án sau khi đặt thời hạn */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProposalDetail"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/response-table.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bảng tổng hợp tiếp thu, giải trình ý kiến góp ý (Word) */
        get: {
            parameters: {
                query?: {
                    version?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp Word */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mở đợt lấy ý kiến: gửi một dự thảo tới các đơn vị, cá nhân, mỗi nơi một thời hạn */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        dueOn?: string;
                        note?: string;
                        targets: {
                            dueOn?: string;
                            orgId?: number;
                            userId?: number;
                        }[];
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Đợt lấy ý kiến */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProposalRound"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/rounds/{roundId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Kết thúc đợt lấy ý kiến */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    roundId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Đợt lấy ý kiến */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProposalRound"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/stage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Chuyển bước (đề cương → dự thảo → lấy ý kiến → tiếp thu → thẩm định → trình → kết luận → ban hành → theo dõi) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        conclusionOn?: string;
                        conclusionRef?: string;
                        issuedOn?: string;
                        issuedRef?: string;
                        note?: string;
                        /** @enum {string} */
                        stage: "outline" | "drafting" | "consultation" | "response" | "appraisal" | "submission" | "conclusion" | "issue" | "follow_up";
                    };
                };
            };
            responses: {
                /** @description Đề án sau khi chuyển bước */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProposalDetail"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Tổ biên tập (thay cả danh sách) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        members: {
                            duty?: string;
                            fullName: string;
                            /** @enum {string} */
                            role: "head" | "deputy" | "member" | "secretary";
                            userId?: number | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Đề án sau khi cập nhật tổ biên tập */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProposalDetail"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tải lên lần dự thảo tiếp theo (multipart, trường «file»: tệp Word .docx; tùy chọn «note») */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Lần dự thảo đã lưu (version: số lần, textChars: số ký tự) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProposalVersion"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Nội dung một lần dự thảo, theo từng đoạn */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Lần dự thảo */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProposalVersionText"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/versions/{version}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải tệp Word của một lần dự thảo */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp Word */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/reminders/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Chạy ngay việc nhắc hạn góp ý (việc hằng ngày lúc 6 giờ 15) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        today?: string;
                    };
                };
            };
            responses: {
                /** @description Kết quả */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProposalReminderRun"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bản kiểm điểm cá nhân (Mẫu 2A/2B/2C) năm hoặc quý: nội dung, tiêu chí tính tự động, xếp loại đề xuất và quyết định */
        get: {
            parameters: {
                query: {
                    quarter?: number | null;
                    year: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Bản kiểm điểm cá nhân */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberReview"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        /** Đảng viên (hoặc cán bộ nhập thay) viết bản kiểm điểm theo mẫu và tự chấm điểm */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        form: "2A" | "2B" | "2C";
                        generalScore?: number;
                        /** @default 0 */
                        quarter?: number;
                        resultScore?: number;
                        sections: {
                            [key: string]: string;
                        };
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Bản kiểm điểm cá nhân */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberReview"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/members/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cấp ủy cấp trên quyết định xếp loại (là xếp loại của đảng viên trong kỳ) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        decidedOn: string;
                        /** @enum {string} */
                        grade: "xuat_sac" | "tot" | "hoan_thanh" | "khong_hoan_thanh";
                        /** @default 0 */
                        quarter?: number;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Bản kiểm điểm cá nhân */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberReview"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/members/{id}/kiem-diem.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bản kiểm điểm cá nhân theo mẫu, bằng Word */
        get: {
            parameters: {
                query: {
                    quarter?: number | null;
                    year: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp .docx */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/members/{id}/proposal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Chi bộ đề xuất mức xếp loại */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        decidedOn: string;
                        /** @enum {string} */
                        grade: "xuat_sac" | "tot" | "hoan_thanh" | "khong_hoan_thanh";
                        /** @default 0 */
                        quarter?: number;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Bản kiểm điểm cá nhân */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberReview"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/units/{orgId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kiểm điểm tập thể (Mẫu 01) năm hoặc quý: tiêu chí tính tự động (nhiệm vụ đúng hạn, kỷ luật), xếp loại đề xuất và quyết định */
        get: {
            parameters: {
                query: {
                    quarter?: number | null;
                    year: number;
                };
                header?: never;
                path: {
                    orgId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Kiểm điểm tập thể */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UnitReview"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        /** Ghi điểm tự đánh giá và xếp loại của cấp trên; tiêu chí nhiệm vụ lấy từ theo dõi nhiệm vụ */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        committeeCategory?: "xuat_sac" | "tot" | "hoan_thanh" | "khong_hoan_thanh";
                        generalScore: number;
                        quarter?: number;
                        resultScore: number;
                        selfReview?: string;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Kiểm điểm tập thể */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UnitReview"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/units/{orgId}/mau-01.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Báo cáo kiểm điểm tập thể (Mẫu 01) bằng Word */
        get: {
            parameters: {
                query: {
                    quarter?: number | null;
                    year: number;
                };
                header?: never;
                path: {
                    orgId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp .docx */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rewards/awards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sổ khen thưởng theo cá nhân và tập thể */
        get: {
            parameters: {
                query?: {
                    memberId?: number;
                    orgId?: number;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Danh sách */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RewardAwardList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rewards/awards.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách khen thưởng (Word, thể thức văn bản của Đảng) */
        get: {
            parameters: {
                query?: {
                    memberId?: number;
                    orgId?: number;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp .docx */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rewards/awards.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách khen thưởng (Excel) */
        get: {
            parameters: {
                query?: {
                    memberId?: number;
                    orgId?: number;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp .xlsx */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rewards/awards/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thu hồi khen thưởng (kê khai không trung thực) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        on: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Khen thưởng */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RewardAward"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rewards/movements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các phong trào thi đua */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Danh sách */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RewardMovementList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        /** Phát động một phong trào thi đua với các tiêu chí */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        criteria: string;
                        endsOn: string;
                        orgId: number;
                        startsOn: string;
                        title: string;
                        unitIds?: number[];
                    };
                };
            };
            responses: {
                /** @description Phong trào thi đua */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RewardMovement"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rewards/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các hồ sơ đề nghị khen thưởng */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    memberId?: number;
                    orgId?: number;
                    status?: "refused" | "submitted" | "approved" | "rejected" | "decided";
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Danh sách */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RewardProposalList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        /** Hồ sơ đề nghị khen thưởng: đối chiếu tiêu chuẩn và kỷ luật ngay khi nộp, nêu từng tiêu chuẩn không đạt */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        achievement: string;
                        /** @enum {string} */
                        kind: "giay_khen" | "bang_khen" | "co_thi_dua" | "ky_niem_chuong";
                        memberId?: number;
                        movementId?: number;
                        orgId: number;
                        subjectOrgId?: number;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Hồ sơ đề nghị */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RewardProposal"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rewards/proposals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một hồ sơ đề nghị khen thưởng */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Hồ sơ đề nghị */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RewardProposal"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rewards/proposals/{id}/council": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Kết quả biểu quyết của Hội đồng thi đua, khen thưởng (quá nửa số thành viên đồng ý) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        members: number;
                        on: string;
                        votesAgainst: number;
                        votesFor: number;
                    };
                };
            };
            responses: {
                /** @description Hồ sơ đề nghị */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RewardProposal"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rewards/proposals/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Quyết định khen thưởng (số, ngày): vào sổ khen thưởng */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        decidedOn: string;
                        decisionNo: string;
                    };
                };
            };
            responses: {
                /** @description Hồ sơ đề nghị */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RewardProposal"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các quy định (thời lượng, tần suất, ngưỡng, tiêu chí) với giá trị có hiệu lực, nguồn và lịch sử */
        get: {
            parameters: {
                query?: {
                    on?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Các quy định */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RuleList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rules/{key}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thêm một phiên bản của quy định (quản trị): giá trị, nguồn, ngày hiệu lực */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        effectiveFrom: string;
                        note?: string;
                        source: string;
                        value?: unknown;
                    };
                };
            };
            responses: {
                /** @description Quy định sau khi thêm phiên bản */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Rule"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lịch công tác tuần của một đơn vị (mặc định: đơn vị của bạn, tuần hiện tại), có cảnh báo trùng lịch */
        get: {
            parameters: {
                query?: {
                    orgId?: number;
                    week?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Lịch tuần */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ScheduleWeek"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        /** Thêm một lịch (giờ, nội dung, địa điểm, chủ trì, thành phần, đơn vị chuẩn bị) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        chairId?: number;
                        chairName?: string;
                        date: string;
                        endTime?: string;
                        note?: string;
                        orgId: number;
                        participantIds?: number[];
                        participants?: string;
                        place?: string;
                        preparingOrgId?: number;
                        secrecy?: number;
                        startTime: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Lịch đã thêm, kèm các trùng lịch */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ScheduleEventSaved"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schedule/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Sửa một lịch */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        chairId?: number;
                        chairName?: string;
                        date: string;
                        endTime?: string;
                        note?: string;
                        orgId: number;
                        participantIds?: number[];
                        participants?: string;
                        place?: string;
                        preparingOrgId?: number;
                        secrecy?: number;
                        startTime: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Lịch sau khi sửa */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ScheduleEventSaved"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        post?: never;
        /** Xóa một lịch */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Đã xóa */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schedule/docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lịch công tác tuần dạng Word để in */
        get: {
            parameters: {
                query?: {
                    orgId?: number;
                    week?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp Word */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cài đặt chung */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Cài đặt */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Settings"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        /** Sửa cài đặt chung */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        requireTotpForPrivileged?: boolean;
                        stalledDays?: number;
                    };
                };
            };
            responses: {
                /** @description Cài đặt sau khi sửa */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Settings"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/studies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các buổi học tập, quán triệt nghị quyết xem được (của đơn vị mình, cấp dưới, và được mời dự) */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    makeups?: "true" | "false";
                    orgId?: number;
                    q?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Các buổi học tập */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StudySessionList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        /** Tạo buổi học tập, quán triệt nghị quyết, chỉ thị (trực tiếp hoặc trực tuyến), với danh sách đảng viên dự kiến */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        bridge?: {
                            host: string;
                            /** @default [] */
                            points?: string[];
                        };
                        endsAt?: string;
                        memberIds?: number[];
                        /** @enum {string} */
                        mode: "in_person" | "video";
                        note?: string;
                        orgId: number;
                        place?: string;
                        presenter?: string;
                        resolution: {
                            documentId?: number;
                            ref?: string;
                            title?: string;
                        };
                        secrecy?: number;
                        startsAt: string;
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Buổi học tập đã tạo */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StudySession"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/studies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một buổi học tập: điểm danh, học bù, bài thu hoạch (mỗi người xem phần của mình) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Buổi học tập */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StudySessionDetail"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        /** Xóa buổi học tập chưa điểm danh, chưa có bài thu hoạch và buổi học bù */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Đã xóa */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        options?: never;
        head?: never;
        /** Sửa thông tin buổi học tập */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        bridge?: {
                            host: string;
                            /** @default [] */
                            points?: string[];
                        } | null;
                        endsAt?: string | null;
                        /** @enum {string} */
                        mode?: "in_person" | "video";
                        note?: string | null;
                        place?: string | null;
                        presenter?: string | null;
                        startsAt?: string;
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Buổi học tập */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StudySession"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        trace?: never;
    };
    "/api/studies/{id}/action-program": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Chương trình hành động của đơn vị thực hiện văn bản đã học, chương trình của cấp trên và tỷ lệ dập khuôn */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Chương trình hành động */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StudyActionProgram"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        /** Lập chương trình hành động của đơn vị: từ chương trình của cấp trên (để cụ thể hóa) hoặc mới */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        endsOn?: string;
                        startsOn?: string;
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Chương trình hành động đã lập */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StudyProgramRef"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/studies/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Điểm danh: có mặt, vắng có lý do, vắng không lý do (đơn vị tổ chức cho mọi người; điểm cầu cho đảng viên của mình) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        entries: {
                            memberId: number;
                            point?: string;
                            reason?: string;
                            /** @enum {string} */
                            status: "present" | "absent_excused" | "absent";
                        }[];
                    };
                };
            };
            responses: {
                /** @description Buổi học tập sau khi điểm danh */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StudySessionDetail"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/studies/{id}/attendance.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách điểm danh và bài thu hoạch (Excel) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp Excel */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/studies/{id}/makeups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mở buổi học bù cho những đảng viên chưa học (tất cả, hoặc những người được chọn) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        bridge?: {
                            host: string;
                            /** @default [] */
                            points?: string[];
                        };
                        endsAt?: string;
                        memberIds?: number[];
                        /** @enum {string} */
                        mode: "in_person" | "video";
                        note?: string;
                        place?: string;
                        presenter?: string;
                        startsAt: string;
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Buổi học bù đã tạo */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StudySession"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/studies/{id}/reflections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các lần nộp bài thu hoạch của một đảng viên (của chính mình nếu không ghi memberId) */
        get: {
            parameters: {
                query?: {
                    memberId?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Các lần nộp, mới nhất trước */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StudyReflectionList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        /** Nộp bài thu hoạch (multipart, trường file: PDF hoặc Word); memberId chỉ dành cho cán bộ nộp hộ bản giấy */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "multipart/form-data": {
                        /** Format: binary */
                        file: string;
                        memberId?: number;
                    };
                };
            };
            responses: {
                /** @description Bài thu hoạch đã nộp */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StudyReflection"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/studies/{id}/reflections/{reflectionId}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải tệp bài thu hoạch */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    reflectionId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp bài thu hoạch */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/studies/{id}/reflections/{reflectionId}/mark": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Chấm bài thu hoạch: Đạt hoặc Chưa đạt, điểm (thang 10, không bắt buộc), nhận xét */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    reflectionId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                        /** @enum {string} */
                        grade: "dat" | "chua_dat";
                        score?: number | null;
                    };
                };
            };
            responses: {
                /** @description Bài thu hoạch đã chấm */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StudyReflection"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/studies/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các buổi học tập của tôi (đảng viên): điểm danh, kết quả học, bài thu hoạch */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Các buổi học tập của tôi */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MyStudyList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/studies/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thống kê học tập theo đơn vị: số dự kiến, đã học, học bù, chưa học, bài thu hoạch đã nộp, đã chấm, đạt */
        get: {
            parameters: {
                query: {
                    from?: string;
                    orgId: number;
                    resolution?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Thống kê theo đơn vị */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StudyStats"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách nhiệm vụ (của tôi, của đơn vị, theo văn bản chỉ đạo, theo trạng thái) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    dueFrom?: string;
                    dueTo?: string;
                    limit?: number;
                    orgId?: number;
                    programId?: number;
                    q?: string;
                    ref?: string;
                    status?: "open" | "done" | "done_on_time" | "done_late" | "overdue" | "stalled" | "bounced" | "extended";
                    view?: "mine" | "unit" | "all";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Nhiệm vụ, theo hạn */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TaskList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        /** Giao nhiệm vụ (hạn trong quá khứ được chấp nhận: nhiệm vụ nhập sau) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        assigneeId?: number;
                        coordinatingOrgIds?: number[];
                        description?: string;
                        dueOn: string;
                        orgId: number;
                        secrecy?: number;
                        source?: {
                            id?: number;
                            /** @enum {string} */
                            kind: "program_item" | "document" | "meeting" | "proposal" | "intel_issue" | "adhoc";
                            ref?: string;
                        };
                        startsOn?: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Nhiệm vụ đã tạo */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Task"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một nhiệm vụ với lịch sử báo cáo, gia hạn, chuyển đơn vị và tệp */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Nhiệm vụ */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TaskDetail"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Sửa tiêu đề, nội dung, người thực hiện, đơn vị phối hợp */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        assigneeId?: number | null;
                        coordinatingOrgIds?: number[];
                        description?: string | null;
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Nhiệm vụ */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TaskEdited"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        trace?: never;
    };
    "/api/tasks/{id}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Gia hạn (bắt buộc lý do; được đếm) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        dueOn: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Nhiệm vụ sau khi gia hạn */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Task"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đính kèm tệp (multipart, trường «file»; tùy chọn «eventId» là lần báo cáo) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tệp đã đính kèm */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TaskFile"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải tệp đính kèm */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    fileId: number;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Nội dung tệp */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                        "image/jpeg": string;
                        "image/png": string;
                        "image/tiff": string;
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Chuyển đơn vị chủ trì (bắt buộc lý do; được đếm; quay lại đơn vị đã chuyển đi là đùn đẩy) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        orgId: number;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Nhiệm vụ sau khi chuyển */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Task"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/updates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Báo cáo tiến độ (0–100 %); 100 là hoàn thành (kèm sản phẩm) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        product?: string;
                        progress: number;
                    };
                };
            };
            responses: {
                /** @description Nhiệm vụ sau khi cập nhật */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TaskReported"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/assignees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Người có thể được giao nhiệm vụ của một đơn vị (tìm theo tên) */
        get: {
            parameters: {
                query: {
                    orgId: number;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Danh sách người */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TaskAssignees"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/directives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Theo dõi theo văn bản chỉ đạo (số ký hiệu, ví dụ 34-CT/TU) với số nhiệm vụ từng trạng thái */
        get: {
            parameters: {
                query?: {
                    orgId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Các văn bản chỉ đạo */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TaskDirectives"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/reminders/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Chạy ngay việc nhắc hạn nhiệm vụ (việc hằng ngày lúc 6 giờ) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        today?: string;
                    };
                };
            };
            responses: {
                /** @description Kết quả */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TaskReminderRun"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tổng hợp theo từng đơn vị trực thuộc (cả cây con, theo đơn vị đang giữ nhiệm vụ, những nhiệm vụ bạn được xem): tổng, hoàn thành, đúng hạn, quá hạn, chậm báo cáo, đùn đẩy */
        get: {
            parameters: {
                query?: {
                    orgId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Mảng các đơn vị con */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TaskSummary"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/totals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Số liệu chung của một đơn vị (cả cây con) */
        get: {
            parameters: {
                query?: {
                    orgId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tổng hợp */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TaskTotals"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xu hướng theo tháng hạn: đúng hạn, quá hạn, chưa đến hạn */
        get: {
            parameters: {
                query?: {
                    months?: number;
                    orgId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Theo tháng */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TaskTrend"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tài khoản trong phạm vi của bạn, xếp theo tên */
        get: {
            parameters: {
                query?: {
                    includeDisabled?: "0" | "1";
                    orgId?: number;
                    q?: string;
                    role?: "admin" | "leader" | "clerk" | "specialist" | "member";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Danh sách tài khoản */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UserList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        /** Tạo tài khoản */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        clearance: number;
                        fullName: string;
                        orgId: number;
                        password: string;
                        /** @enum {string} */
                        role: "admin" | "leader" | "clerk" | "specialist" | "member";
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Tài khoản đã tạo */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một tài khoản */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tài khoản */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Sửa tài khoản: họ tên, đơn vị, vai trò, mức tiếp cận, khóa/mở khóa */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        clearance?: number;
                        disabled?: boolean;
                        fullName?: string;
                        orgId?: number;
                        /** @enum {string} */
                        role?: "admin" | "leader" | "clerk" | "specialist" | "member";
                    };
                };
            };
            responses: {
                /** @description Tài khoản sau khi sửa */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        trace?: never;
    };
    "/api/users/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đặt lại mật khẩu (kết thúc mọi phiên của tài khoản) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Đã đặt lại */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/totp/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Gỡ xác thực hai lớp (khi mất điện thoại) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Đã gỡ */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/work-calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ngày nghỉ lễ, Tết, nghỉ bù và ngày làm bù của một năm */
        get: {
            parameters: {
                query: {
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Lịch của năm */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkCalendarYear"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/work-calendar/days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nhập một ngày nghỉ (nghỉ bù, hoán đổi) hoặc một ngày làm bù (quản trị) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        date: string;
                        /** @enum {string} */
                        kind: "off" | "work";
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Lịch của năm sau khi nhập */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkCalendarYear"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/work-calendar/days/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Xóa một ngày đã nhập (quản trị) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    date: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Lịch của năm sau khi xóa */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkCalendarYear"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/work-calendar/due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hạn sau một số ngày làm việc kể từ một ngày */
        get: {
            parameters: {
                query: {
                    days?: number | null;
                    from: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Hạn tính theo ngày làm việc */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DueDate"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/work-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các phiên bản quy chế làm việc của một đơn vị, đánh dấu phiên bản có hiệu lực */
        get: {
            parameters: {
                query?: {
                    on?: string;
                    orgId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Các phiên bản quy chế */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkRegulationList"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        /** Thêm một phiên bản quy chế làm việc của đơn vị (quản trị, lãnh đạo) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        effectiveFrom: string;
                        items: ({
                            article: string;
                            days: number;
                            docType: string | null;
                            /** @enum {string} */
                            kind: "signing";
                            /** @enum {string} */
                            mode: "TM" | "KT";
                            signerRoles: ("admin" | "leader" | "clerk" | "specialist" | "member")[];
                            viaOffice: boolean;
                        } | {
                            article: string;
                            consultee: string;
                            days: number;
                            docType: string | null;
                            /** @enum {string} */
                            kind: "consultation";
                        } | {
                            article: string;
                            days: number;
                            docType: string | null;
                            /** @enum {string} */
                            kind: "handling";
                        } | {
                            article: string;
                            body: string;
                            /** @enum {string} */
                            kind: "quorum";
                            majority: {
                                den: number;
                                num: number;
                            };
                            majorityStrict: boolean;
                            quorum: {
                                den: number;
                                num: number;
                            };
                        })[];
                        orgId: number;
                        source: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Phiên bản đã thêm */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkRegulation"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/work-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một phiên bản quy chế làm việc */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Phiên bản quy chế */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkRegulation"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/work-rules/late": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ý kiến chậm và trình ký chậm so với quy chế, theo đơn vị (lãnh đạo, Văn phòng) */
        get: {
            parameters: {
                query?: {
                    from?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Theo dõi thời hạn */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LateDashboard"];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                422: components["responses"]["Error422"];
                429: components["responses"]["Error429"];
                503: components["responses"]["Error503"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ApiToken: {
            createdAt: string | null;
            id: number;
            lastUsedAt: string | null;
            name: string;
            prefix: string;
            revoked: boolean;
        };
        ApiTokenList: {
            items: components["schemas"]["ApiToken"][];
        };
        ArchiveBatch: {
            awaitingScans: number;
            counts: {
                awaiting_scan?: number;
                done?: number;
                failed?: number;
                ocr_unavailable?: number;
                queued?: number;
                running?: number;
            };
            createdAt: string | null;
            createdBy: string | null;
            finished: number;
            id: number;
            manifestName: string | null;
            manifestSha256: string | null;
            name: string;
            ocrSecondsPerPage: number | null;
            orgId: number;
            orgName: string;
            percent: number;
            secrecy: number;
            secrecyLabel: string;
            /** @enum {string} */
            source: "web" | "cli";
            total: number;
        };
        ArchiveBatchDetail: components["schemas"]["ArchiveBatch"] & {
            items: components["schemas"]["ArchiveBatchItem"][];
        };
        ArchiveBatchItem: {
            documentId: number | null;
            error: string | null;
            fileCode: string | null;
            fileId: number;
            fileYear: number | null;
            finishedAt: string | null;
            id: number;
            issuedOn: string;
            pages: number;
            pdfaSha256: string | null;
            row: number;
            seconds: number | null;
            secrecy: number;
            sourceName: string;
            sourceSha256: string | null;
            sourceSize: number | null;
            /** @enum {string} */
            status: "awaiting_scan" | "queued" | "running" | "done" | "failed" | "ocr_unavailable";
            statusLabel: string;
            summary: string;
            symbol: string | null;
            textChars: number | null;
            typeCode: string;
            warning: string | null;
        };
        ArchiveBatchList: {
            items: components["schemas"]["ArchiveBatch"][];
        };
        ArchiveBatchRetry: {
            queued: number;
        };
        ArchiveDestruction: {
            documentsDestroyed: number;
            filesDestroyed: number;
            id: number;
            minutesName: string;
            minutesSha256: string;
            storeFilesDeleted: number;
        };
        ArchiveDigitiseApproval: {
            decisionRef: string;
            fileId: number;
            id: number;
            maxSecrecy: number;
            note: string | null;
        };
        ArchiveDisposalList: {
            approvalNote: string | null;
            approvedAt: string | null;
            approvedBy: string | null;
            council: string | null;
            decisionRef: string | null;
            documentsDestroyed: number | null;
            executedAt: string | null;
            executedBy: string | null;
            filesDestroyed: number | null;
            hasMinutes: boolean;
            id: number;
            items: number;
            orgId: number;
            orgName: string;
            proposedAt: string | null;
            proposedBy: string | null;
            rejectedReason: string | null;
            reviewedAt: string | null;
            reviewedOn: string | null;
            reviewNote: string | null;
            /** @enum {string} */
            status: "proposed" | "reviewed" | "approved" | "rejected" | "executed";
            statusLabel: string;
            title: string;
        };
        ArchiveDisposalListDetail: components["schemas"]["ArchiveDisposalList"] & {
            files: (components["schemas"]["ArchiveFile"] & {
                /** @enum {string} */
                currentStatus: "planned" | "open" | "closed" | "destroyed";
                /** @enum {string|null} */
                decision: "destroy" | "keep" | null;
                decisionLabel: string | null;
                fileId: number;
                keepLabel: string | null;
                keepYears: number | null;
                reason: string | null;
            })[];
            tombstones: number;
        };
        ArchiveDisposalLists: {
            items: components["schemas"]["ArchiveDisposalList"][];
        };
        ArchiveDueFiles: {
            items: components["schemas"]["ArchiveFile"][];
            on: string;
        };
        ArchiveFile: {
            closedOn: string | null;
            createdAt: string | null;
            declared: boolean;
            declaredAt: string | null;
            documents: number;
            endYear: number | null;
            fileCode: string;
            id: number;
            note: string | null;
            onHold: boolean;
            openedOn: string | null;
            orgId: number;
            orgName: string;
            records: number;
            responsibleId: number | null;
            responsibleName: string | null;
            retentionEndsOn: string | null;
            retentionLabel: string;
            retentionYears: number | null;
            scheduleCode: string | null;
            scheduleId: number | null;
            scheduleTitle: string | null;
            secrecy: number;
            secrecyLabel: string;
            section: string | null;
            /** @enum {string} */
            status: "planned" | "open" | "closed" | "destroyed";
            statusLabel: string;
            title: string;
            updatedAt: string | null;
            year: number;
        };
        ArchiveFileDetail: components["schemas"]["ArchiveFile"] & {
            digitiseApprovals: {
                approvedAt: string | null;
                approvedBy: string | null;
                decisionRef: string;
                id: number;
                maxSecrecy: number;
                note: string | null;
            }[];
            disposal: {
                /** @enum {string|null} */
                decision: "destroy" | "keep" | null;
                keepYears: number | null;
                listId: number;
                /** @enum {string} */
                status: "proposed" | "reviewed" | "approved" | "rejected" | "executed";
                title: string;
            }[];
            documentsHidden: number;
            holds: {
                documentId: number | null;
                id: number;
                liftedAt: string | null;
                liftedBy: string | null;
                liftReason: string | null;
                placedAt: string | null;
                placedBy: string | null;
                reason: string;
            }[];
            items: components["schemas"]["ArchiveFileDocument"][];
        };
        ArchiveFileDocument: {
            addedAt: string | null;
            correctedBy: number[];
            correctsDocumentId: number | null;
            declaredAt: string | null;
            direction: string;
            files: number;
            id: number;
            incomingNumber: number | null;
            issuedOn: string | null;
            issuer: string | null;
            pages: number | null;
            position: number;
            receivedOn: string | null;
            record: boolean;
            secrecy: number;
            secrecyLabel: string;
            status: string;
            statusLabel: string;
            summary: string;
            symbol: string | null;
            textPending: boolean;
            typeCode: string;
        };
        ArchiveFileList: {
            items: components["schemas"]["ArchiveFile"][];
        };
        ArchiveFixityOverview: {
            history: {
                checked: number;
                finishedAt: string | null;
                id: number;
                ok: boolean;
            }[];
            report: components["schemas"]["ArchiveFixityReport"] | null;
            schedule: string;
        };
        ArchiveFixityQueued: {
            queued: boolean;
        };
        ArchiveFixityReport: {
            bytes: number;
            checked: number;
            corrupt: {
                actual?: string;
                refs: string[];
                sha256: string;
                size?: number;
            }[];
            finishedAt: string | null;
            id: number;
            missing: {
                actual?: string;
                refs: string[];
                sha256: string;
                size?: number;
            }[];
            ok: boolean;
            referenced: number;
            seconds: number | null;
            startedAt: string | null;
            store: string;
            swept: number;
            trigger: string;
            unreferenced: {
                modifiedAt: string;
                sha256: string;
                size: number;
            }[];
        };
        ArchiveHold: {
            active: boolean;
            documentId: number | null;
            fileCode: string | null;
            fileId: number | null;
            fileTitle: string | null;
            id: number;
            liftedAt: string | null;
            liftedBy: string | null;
            liftReason: string | null;
            orgId: number;
            placedAt: string | null;
            placedBy: string | null;
            reason: string;
            summary: string | null;
            symbol: string | null;
            /** @enum {string} */
            target: "file" | "record";
        };
        ArchiveHoldList: {
            items: components["schemas"]["ArchiveHold"][];
        };
        ArchiveOcrStatus: {
            message: string;
            ocrAvailable: boolean;
        };
        ArchivePackageImport: {
            components: number;
            documents: number;
            files: {
                documents: number;
                fileCode: string;
                id: number;
                year: number;
            }[];
            /** @enum {boolean} */
            ok: true;
        };
        ArchivePackageVerdict: {
            components: number;
            documents: number;
            files: number;
            manifestSha256: string | null;
            /** @enum {boolean} */
            ok: true;
        };
        ArchivePlanYears: {
            items: {
                closed: number;
                files: number;
                open: number;
                year: number;
            }[];
        };
        ArchiveRecordInfo: {
            correctedBy: number[];
            correctsDocumentId: number | null;
            declaredAt: string | null;
            destroyed: boolean;
            disposalListId: number | null;
            documentId: number;
            fileCode: string | null;
            fileId: number | null;
            fileYear: number | null;
            record: boolean;
        };
        ArchiveSchedule: {
            items: components["schemas"]["ArchiveScheduleRow"][];
        };
        ArchiveScheduleRow: {
            active: boolean;
            group: string;
            id: number;
            note: string | null;
            retentionLabel: string;
            retentionYears: number | null;
            rowCode: string;
            title: string;
        };
        AuditEntry: {
            action: string;
            actorId: number | null;
            actorName: string | null;
            after?: unknown;
            at: string | null;
            before?: unknown;
            entity: string | null;
            entityId: string | null;
            hash: string;
            id: number;
            ip: string | null;
            orgId: number | null;
            requestId: string | null;
        };
        AuditPage: {
            items: components["schemas"]["AuditEntry"][];
            nextCursor: string | null;
        };
        AuditVerifyReport: {
            anchors: number;
            broken?: {
                id: number;
                reason: string;
            };
            ok: boolean;
            rows: number;
            unanchored: number;
        };
        BadgeDueItem: {
            /** Format: date */
            admittedOn: string;
            /** Format: date */
            birthDate: string;
            cashGift: number | null;
            early: boolean;
            fullName: string;
            memberId: number;
            orgId: number;
            orgName: string;
            partyCardNo: string | null;
            posthumous: boolean;
            /** Format: date */
            reachedOn: string;
            years: number;
        };
        BadgeDueList: {
            baseSalary: {
                amount: number;
                /** Format: date */
                effectiveFrom: string;
            } | null;
            items: components["schemas"]["BadgeDueItem"][];
            nextCursor: string | null;
            nextOccasion: {
                /** Format: date */
                date: string;
                label: string;
            };
            occasion: string | null;
            /** Format: date */
            on: string;
            orgId: number;
            orgName: string;
        };
        BadgeDueSummary: {
            baseSalary: {
                amount: number;
                /** Format: date */
                effectiveFrom: string;
            } | null;
            byYears: {
                n: number;
                years: number;
            }[];
            cashGiftTotal: number | null;
            occasion: string | null;
            /** Format: date */
            on: string;
            orgId: number;
            orgName: string;
            total: number;
        };
        BaseSalaries: {
            items: {
                amount: number;
                /** Format: date */
                effectiveFrom: string;
                note: string | null;
            }[];
            multiples: {
                confirmed: boolean;
                multiple: number;
                years: number;
            }[];
        };
        CalendarDay: {
            createdByName: string | null;
            /** Format: date */
            date: string;
            entered: boolean;
            /** @enum {string} */
            kind: "holiday" | "compensation" | "off" | "work";
            name: string;
        };
        CongressCandidate: {
            admittedOn: string | null;
            birthDate: string | null;
            education: string | null;
            files: components["schemas"]["CongressCandidateFile"][];
            fullName: string;
            id: number;
            memberId: number | null;
            position: string | null;
            summary: string | null;
            theoryLevel: string | null;
        };
        CongressCandidateFile: {
            createdAt: string | null;
            id: number;
            mime: string;
            name: string;
            sha256: string;
            size: number;
            url: string;
        };
        CongressCandidateList: {
            items: components["schemas"]["CongressCandidate"][];
        };
        CongressDelegate: {
            fullName: string;
            id: number;
            /** @enum {string} */
            kind: "official" | "alternate";
            memberId: number;
            problems: string[];
        };
        CongressDelegateList: {
            items: components["schemas"]["CongressDelegate"][];
        };
        CongressDetail: components["schemas"]["CongressSummary"] & {
            can: {
                manage: boolean;
            };
            delegates: components["schemas"]["CongressDelegate"][];
            elections: components["schemas"]["ElectionSummary"][];
            milestones: components["schemas"]["CongressMilestone"][];
        };
        CongressDocument: {
            /** @enum {string} */
            kind: "political_report" | "self_review" | "draft_resolution" | "personnel_plan";
            label: string;
            versions: {
                chars: number;
                comments: number;
                createdAt: string | null;
                createdByName: string | null;
                fileName: string | null;
                note: string | null;
                version: number;
            }[];
        };
        CongressDocumentList: {
            items: components["schemas"]["CongressDocument"][];
        };
        CongressDocumentVersion: {
            body: string;
            comments: {
                author: string;
                body: string;
                createdAt: string | null;
                createdByName: string | null;
                id: number;
            }[];
            fileName: string | null;
            fileUrl: string | null;
            /** @enum {string} */
            kind: "political_report" | "self_review" | "draft_resolution" | "personnel_plan";
            note: string | null;
            version: number;
        };
        CongressFileHandover: {
            documents: number;
            fileCode: string;
            id: number;
            year: number;
        };
        CongressFileManifest: {
            builtAt: string;
            congress: {
                heldOn: string;
                id: number;
                orgName: string;
                term: string;
                title: string;
            };
            items: {
                /** @enum {string} */
                part: "papers" | "delegates" | "candidates" | "elections";
                path: string;
                sha256: string;
                size: number;
                title: string;
            }[];
            parts: {
                folder: string;
                items: number;
                label: string;
                /** @enum {string} */
                part: "papers" | "delegates" | "candidates" | "elections";
            }[];
        };
        CongressList: {
            items: components["schemas"]["CongressSummary"][];
        };
        CongressMilestone: {
            doneOn: string | null;
            dueOn: string;
            id: number;
            overdue: boolean;
            title: string;
        };
        CongressPlanElectionCreated: {
            id: number;
        };
        CongressStationInfo: {
            own: {
                createdAt: string | null;
                fingerprint: string;
                id: number;
                name: string;
                publicKey: string;
            };
            trusted: {
                createdAt: string | null;
                fingerprint: string;
                id: number;
                name: string;
                publicKey: string;
            }[];
        };
        CongressSummary: {
            createdAt: string | null;
            createdByName: string | null;
            heldOn: string;
            id: number;
            orgId: number;
            orgName: string;
            term: string;
            title: string;
        };
        DisciplineDecision: {
            appealDue: string;
            appealedOn: string | null;
            appealNote: string | null;
            /** @enum {string|null} */
            appealOutcome: "upheld" | "changed" | "annulled" | null;
            authorityName: string;
            authorityOrgId: number;
            caseId: number | null;
            createdAt: string | null;
            decidedOn: string;
            decisionNo: string | null;
            /** @enum {string} */
            form: "khien_trach" | "canh_cao" | "cach_chuc" | "khai_tru";
            formLabel: string;
            id: number;
            limitationEnds: string | null;
            limitationVersionId: number;
            memberId: number;
            memberName: string;
            orgId: number;
            orgName: string;
            reason: string;
            secrecy: number;
            violatedOn: string;
        };
        DisciplineList: {
            items: components["schemas"]["DisciplineDecision"][];
        };
        DisciplineNotice: {
            daysLate: number;
            decidedOn: string;
            dueOn: string;
            form: string;
            id: number;
            late: boolean;
            memberId: number;
            memberName: string;
            orgId: number;
            orgName: string;
            receivedOn: string;
            stateBody: string;
        };
        DisciplineNoticeList: {
            items: components["schemas"]["DisciplineNotice"][];
        };
        Document: {
            congress: boolean;
            content: string | null;
            createdAt: string;
            createdBy: number | null;
            deadline: string | null;
            /** @enum {string} */
            direction: "in" | "out" | "internal";
            id: number;
            incomingNumber: number | null;
            issuedOn: string | null;
            issuer: string | null;
            issuerOrgId: number | null;
            number: number | null;
            orgId: number;
            orgName: string;
            pages: number | null;
            place: string | null;
            receivedOn: string | null;
            secrecy: number;
            secrecyLabel: string;
            signAuthority: string | null;
            signDoneOn: string | null;
            signDueOn: string | null;
            signerId: number | null;
            signerName: string | null;
            signerTitle: string | null;
            signRuleArticle: string | null;
            sourceDocumentId: number | null;
            status: string;
            statusLabel: string;
            summary: string;
            symbol: string | null;
            typeCode: string;
            updatedAt: string;
            urgency: number;
            urgencyLabel: string;
        };
        DocumentCan: {
            cancel: boolean;
            direct: boolean;
            edit: boolean;
            handle: boolean;
            issue: boolean;
            recipients: boolean;
            sign: boolean;
            submit: boolean;
            upload: boolean;
            uploadSignedOriginal: boolean;
        };
        DocumentDetail: components["schemas"]["Document"] & {
            can: components["schemas"]["DocumentCan"];
            directions: components["schemas"]["DocumentDirection"][];
            events: components["schemas"]["DocumentEvent"][];
            files: components["schemas"]["DocumentFile"][];
            handling: components["schemas"]["DocumentHandling"][];
            recipients: components["schemas"]["DocumentRecipient"][];
        };
        DocumentDirected: {
            id: number;
            taskId: number | null;
        };
        DocumentDirection: {
            assigneeId: number | null;
            assigneeName: string | null;
            authorId: number;
            authorName: string;
            coordinating: {
                id: number;
                name: string;
            }[];
            createdAt: string;
            deadline: string | null;
            id: number;
            leadOrgId: number | null;
            leadOrgName: string | null;
            ruleArticle: string | null;
            taskId: number | null;
            text: string;
        };
        DocumentDuplicates: {
            items: {
                id: number;
                incomingNumber: number | null;
                issuedOn: string;
                issuer: string | null;
                symbol: string;
            }[];
        };
        DocumentEvent: {
            actorId: number | null;
            actorName: string | null;
            at: string;
            data?: unknown;
            id: number;
            kind: string;
            note: string | null;
        };
        DocumentExchange: {
            can: {
                report: boolean;
                send: boolean;
            };
            documentId: number;
            items: components["schemas"]["ExchangeMessage"][];
            revoked: boolean;
        };
        DocumentFile: {
            createdAt: string;
            encoding: string | null;
            /** @enum {string} */
            extraction: "pending" | "done" | "ocr_pending" | "ocr_unavailable" | "failed";
            extractionError: string | null;
            extractionLabel: string;
            hasOcrPdf: boolean;
            id: number;
            /** @enum {string} */
            kind: "attachment" | "signed_original";
            kindLabel: string;
            mime: string;
            name: string;
            sha256: string;
            size: number;
            textChars: number;
        };
        DocumentHandling: {
            deadline: string | null;
            orgId: number;
            orgName: string;
            role: string;
            status: string;
            updatedAt: string;
            userId: number | null;
            userName: string | null;
        };
        DocumentInbox: {
            counts: {
                done: number;
                inProgress: number;
                new: number;
            };
            items: components["schemas"]["DocumentInboxItem"][];
            nextOffset: number | null;
            total: number;
        };
        DocumentInboxItem: {
            congress: boolean;
            createdAt: string;
            createdBy: number | null;
            deadline: string | null;
            /** @enum {string} */
            direction: "in" | "out" | "internal";
            handling: {
                deadline: string | null;
                overdue: boolean;
                role: string;
                status: string;
            };
            id: number;
            incomingNumber: number | null;
            issuedOn: string | null;
            issuer: string | null;
            issuerOrgId: number | null;
            number: number | null;
            orgId: number;
            orgName: string;
            pages: number | null;
            place: string | null;
            receivedOn: string | null;
            secrecy: number;
            secrecyLabel: string;
            signAuthority: string | null;
            signDoneOn: string | null;
            signDueOn: string | null;
            signerId: number | null;
            signerName: string | null;
            signerTitle: string | null;
            signRuleArticle: string | null;
            sourceDocumentId: number | null;
            status: string;
            statusLabel: string;
            summary: string;
            symbol: string | null;
            typeCode: string;
            updatedAt: string;
            urgency: number;
            urgencyLabel: string;
        };
        DocumentIssued: {
            delivered: number;
            id: number;
            issuedOn: string;
            number: number;
            symbol: string;
            term: string;
        };
        DocumentList: {
            items: components["schemas"]["DocumentListItem"][];
            nextCursor: string | null;
            total: number | null;
            totalExact: boolean;
        };
        DocumentListItem: {
            deadline: string | null;
            /** @enum {string} */
            direction: "in" | "out" | "internal";
            highlights: [
                number,
                number
            ][];
            id: number;
            incomingNumber: number | null;
            issuedOn: string | null;
            issuer: string | null;
            orgId: number;
            orgName: string;
            rank: number | null;
            receivedOn: string | null;
            secrecy: number;
            signerName: string | null;
            snippet: string;
            status: string;
            statusLabel: string;
            summary: string;
            symbol: string | null;
            typeCode: string;
            urgency: number;
        };
        DocumentRecipient: {
            name: string;
            orgId: number | null;
            receivedDocumentId: number | null;
        };
        DocumentRecipientList: {
            name: string;
            orgId: number | null;
        }[];
        DocumentSigners: {
            items: {
                fullName: string;
                id: number;
                orgId: number;
                orgName: string;
            }[];
        };
        DocumentTerm: {
            endsOn: string | null;
            id: number;
            name: string;
            orgId: number;
            startsOn: string;
        };
        DocumentTermList: {
            items: components["schemas"]["DocumentTerm"][];
        };
        DocumentTypeList: {
            items: {
                centralOnly: boolean;
                code: string;
                name: string;
            }[];
        };
        DueDate: {
            days: number;
            /** Format: date */
            due: string;
            /** Format: date */
            from: string;
            ruleSource: string;
            skipped: {
                /** Format: date */
                date: string;
                reason: string;
            }[];
        };
        ElectionCreated: {
            id: number;
        };
        ElectionDetail: components["schemas"]["ElectionSummary"] & {
            approvalNote: string | null;
            approvedAt: string | null;
            approvedByName: string | null;
            can: {
                approve: boolean;
                manage: boolean;
            };
            candidates: {
                fullName: string;
                position: number;
            }[];
            closedAt: string | null;
            maxCandidates: number;
            packageHead: string | null;
            packageKey: string | null;
            result: components["schemas"]["ElectionResult"];
            submittedAt: string | null;
        };
        ElectionList: {
            items: components["schemas"]["ElectionSummary"][];
        };
        ElectionResult: {
            base: number;
            /** @enum {string} */
            baseKind: "valid_ballots" | "convened";
            cast: number;
            convened: number;
            elected: number;
            invalidBallots: number;
            items: components["schemas"]["ElectionResultItem"][];
            reclassified: number;
            rules: components["schemas"]["ElectionRule"][];
            seats: number;
            /** @enum {string} */
            status: "counting" | "closed" | "submitted" | "approved";
            tieRule: string;
            unfilled: number;
            validBallots: number;
            votesNeeded: number;
        };
        ElectionResultItem: {
            aboveThreshold: boolean;
            elected: boolean;
            fullName: string;
            position: number;
            runoff: boolean;
            share: number;
            shareOfConvened: number;
            votes: number;
        };
        ElectionRule: {
            key: string;
            label: string;
            source: string;
            value?: unknown;
            versionId: number;
        };
        ElectionSummary: {
            ballots: number;
            congressId: number | null;
            congressTitle: string | null;
            convened: number;
            createdAt: string | null;
            id: number;
            imported: boolean;
            /** @enum {string} */
            kind: "election" | "nomination";
            orgId: number;
            orgName: string;
            seats: number;
            /** @enum {string} */
            status: "counting" | "closed" | "submitted" | "approved";
            title: string;
        };
        Error: {
            error: {
                code: string;
                message: string;
            };
        };
        ExchangeIdentity: {
            publicKey: string;
            units: components["schemas"]["ExchangeUnitCode"][];
        };
        ExchangeImported: {
            id: number;
        };
        ExchangeInboxAnswer: {
            documentId: number | null;
            duplicate: boolean;
            id: number;
        };
        ExchangeJournal: {
            counts: {
                delivered: number;
                failed: number;
                pending: number;
                received: number;
            };
            items: components["schemas"]["ExchangeMessage"][];
        };
        ExchangeMessage: {
            attempts: number;
            createdAt: string;
            deliveredAt: string | null;
            /** @enum {string} */
            direction: "out" | "in";
            documentId: number | null;
            fromCode: string;
            id: number;
            /** @enum {string} */
            kind: "new" | "replacement" | "revocation" | "update" | "status";
            kindLabel: string;
            lastError: string | null;
            messageId: string;
            nextAttemptAt: string | null;
            peerName: string | null;
            reason: string | null;
            /** @enum {string} */
            state: "pending" | "delivered" | "failed" | "received" | "duplicate" | "revoked";
            /** @enum {string|null} */
            status: "received" | "accepted" | "rejected" | "processing" | "done" | "failed" | null;
            statusLabel: string | null;
            toCode: string;
        };
        ExchangePeer: {
            codes: string[];
            createdAt: string;
            id: number;
            name: string;
            publicKey: string;
            url: string;
        };
        ExchangePeerList: {
            items: components["schemas"]["ExchangePeer"][];
        };
        ExchangeQueued: {
            items: components["schemas"]["ExchangeMessage"][];
        };
        ExchangeUnitCode: {
            active: boolean;
            code: string | null;
            id: number;
            name: string;
        };
        FeeArrears: {
            items: {
                fullName: string;
                /** @example 2026-01 */
                lastPaidMonth: string | null;
                memberId: number;
                monthsOwed: number;
                orgId: number;
                orgName: string;
            }[];
            minMonths: number;
            orgId: number;
            orgName: string;
            /** @example 2026-01 */
            through: string;
        };
        FeeDashboard: {
            /** @example 2026-01 */
            from: string;
            months: {
                due: number;
                /** @example 2026-01 */
                month: string;
                paid: number;
            }[];
            orgId: number;
            /** @example 2026-01 */
            to: string;
            units: components["schemas"]["FeeDashboardUnit"][];
        };
        FeeDashboardUnit: {
            arrears: number;
            collected: number;
            depth: number;
            due: number;
            kept: number;
            name: string;
            orgId: number;
            paid: number;
            ratePerMille: number | null;
            remitted: number;
        };
        FeeMonthSheet: {
            items: components["schemas"]["FeeRow"][];
            /** @example 2026-01 */
            month: string;
            orgId: number;
            orgName: string;
            totals: {
                due: number;
                members: number;
                paid: number;
                unpaid: number;
            };
        };
        FeePaymentsRecorded: {
            recorded: number;
        };
        FeeRelief: {
            /** @example 2026-01 */
            from: string;
            fullName: string;
            id: number;
            label: string;
            memberId: number;
            note: string | null;
            orgId: number;
            orgName: string;
            percent: number;
            /** @enum {string} */
            reason: "poor_household" | "serious_illness" | "disaster" | "hardship" | "other";
            reasonLabel: string;
            ruleVersionId: number;
            /** @example 2026-01 */
            to: string;
        };
        FeeReliefList: {
            items: components["schemas"]["FeeRelief"][];
        };
        FeeRemittance: {
            collected: number;
            kept: number;
            lines: components["schemas"]["RemittanceLine"][];
            remitted: number;
        };
        FeeRow: {
            due: number;
            exempt: boolean;
            feeBase: number | null;
            /** @enum {string} */
            feeBasis: "salary" | "pension" | "student" | "fixed";
            feeBasisLabel: string;
            fullName: string;
            memberId: number;
            orgId: number;
            orgName: string;
            /** Format: date */
            owedSince: string | null;
            paid: number | null;
            /** Format: date */
            paidOn: string | null;
            rule: string;
        };
        FinanceReceipt: {
            amount: number;
            fromOrgId: number;
            id: number;
            /** @example 2026-01 */
            month: string;
            note: string | null;
            orgId: number;
            /** Format: date */
            receivedOn: string;
        };
        FundBook: {
            closing: number;
            entries: components["schemas"]["FundEntry"][];
            /** Format: date */
            from: string | null;
            opening: number;
            orgId: number;
            orgName: string;
            receipts: number;
            spending: number;
            /** Format: date */
            to: string | null;
        };
        FundEntry: {
            amount: number;
            category: string;
            categoryLabel: string;
            correctedById: number | null;
            correctsId: number | null;
            counts: boolean;
            description: string;
            /** @enum {string} */
            direction: "receipt" | "spending";
            /** Format: date */
            entryDate: string;
            id: number;
            orgId: number;
            ruleVersionId: number;
        };
        FundQuarter: {
            closing: number;
            opening: number;
            orgId: number;
            orgName: string;
            quarter: number;
            receipts: {
                amount: number;
                category: string;
                label: string;
            }[];
            spending: {
                amount: number;
                category: string;
                label: string;
            }[];
            totalReceipts: number;
            totalSpending: number;
            year: number;
        };
        Health: {
            /** @enum {string} */
            database: "embedded" | "postgres";
            /** @enum {string} */
            status: "ok" | "unavailable";
        };
        HolidayRule: {
            /** Format: date */
            effectiveFrom: string;
            nationalDayExtra: number;
            source: string;
            tetDays: number;
            tetDaysBefore: number;
            versionId: number;
        };
        Home: {
            /** @enum {string} */
            kind: "member" | "staff";
            member: components["schemas"]["HomeMember"];
            staff: components["schemas"]["HomeStaff"];
            unavailable: string[];
            week: components["schemas"]["HomeWeek"];
        };
        HomeCount: {
            count: number;
            /** @enum {string} */
            group: "documents" | "tasks" | "meetings" | "approvals";
            key: string;
            label: string;
            link: string;
            /** @enum {string} */
            tone: "normal" | "warning" | "danger";
        };
        HomeFeePayment: {
            amount: number;
            month: string;
            /** Format: date */
            paidOn: string;
        };
        HomeFees: {
            due: number;
            exempt: boolean;
            lastPaidMonth: string | null;
            month: string;
            monthsOwed: number;
            paidThisMonth: boolean;
            payments: components["schemas"]["HomeFeePayment"][];
            rule: string;
        } | null;
        HomeMeeting: {
            agenda: string[];
            documents: components["schemas"]["HomeMeetingDocument"][];
            endsAt: string | null;
            id: number;
            kindLabel: string;
            link: string | null;
            orgName: string;
            place: string | null;
            startsAt: string;
            title: string;
        } | null;
        HomeMeetingDocument: {
            name: string;
            sha256: string | null;
            size: number | null;
            url: string;
        };
        HomeMeetingSection: {
            next: components["schemas"]["HomeMeeting"];
        } | null;
        HomeMember: {
            meeting: components["schemas"]["HomeMeetingSection"];
            notices: components["schemas"]["HomeNoticesSection"];
            self: components["schemas"]["HomeSelfSection"];
            studies: components["schemas"]["HomeStudiesSection"];
            tasks: components["schemas"]["HomeTasksSection"];
        } | null;
        HomeNotice: {
            body: string | null;
            createdAt: string | null;
            id: number;
            link: string | null;
            read: boolean;
            title: string;
        };
        HomeNoticesSection: {
            items: components["schemas"]["HomeNotice"][];
            unread: number;
        } | null;
        HomeRecord: {
            /** Format: date */
            admittedOn: string;
            badges: {
                /** Format: date */
                awardedOn: string;
                years: number;
            }[];
            fullName: string;
            link: string;
            memberId: number;
            /** Format: date */
            officialOn: string | null;
            orgName: string;
            partyAgeYears: number;
            statusLabel: string;
        } | null;
        HomeSelfSection: {
            fees: components["schemas"]["HomeFees"];
            record: components["schemas"]["HomeRecord"];
        } | null;
        HomeStaff: {
            counts: components["schemas"]["HomeCount"][];
        } | null;
        HomeStudiesSection: {
            items: components["schemas"]["HomeStudy"][];
        } | null;
        HomeStudy: {
            id: number;
            link: string | null;
            /** Format: date */
            on: string;
            orgName: string | null;
            /** @enum {string} */
            reflection: "not_required" | "due" | "written";
            reflectionLabel: string;
            title: string;
        };
        HomeTask: {
            canReport: boolean;
            /** Format: date */
            dueOn: string;
            id: number;
            orgName: string;
            overdue: boolean;
            progress: number;
            sourceRef: string | null;
            stateLabel: string;
            title: string;
        };
        HomeTasksSection: {
            items: components["schemas"]["HomeTask"][];
            more: boolean;
        } | null;
        HomeWeek: {
            /** Format: date */
            today: string;
            /** Format: date */
            weekEnd: string;
            /** Format: date */
            weekStart: string;
        };
        InspectionCase: components["schemas"]["InspectionCaseSummary"] & {
            can: {
                advance: boolean;
                conclude: boolean;
                discipline: boolean;
                manage: boolean;
            };
            closedOn: string | null;
            complainant: string | null;
            conclusion: string | null;
            conclusionFrom: string | null;
            conductFrom: string | null;
            createdAt: string | null;
            preparationFrom: string;
            remedies: {
                content: string;
                doneOn: string | null;
                dueOn: string;
                id: number;
                note: string | null;
                overdue: boolean;
            }[];
            selfReportDue: string | null;
            selfReportOn: string | null;
            team: {
                fullName: string;
                lead: boolean;
                userId: number;
            }[];
        };
        InspectionCaseList: {
            items: components["schemas"]["InspectionCaseSummary"][];
        };
        InspectionCaseSummary: {
            decidedOn: string;
            decisionNo: string;
            id: number;
            /** @enum {string} */
            kind: "violation" | "supervision_thematic" | "supervision_regular" | "complaint";
            kindLabel: string;
            orgId: number;
            orgName: string;
            secrecy: number;
            selfReportOverdue: boolean;
            /** @enum {string} */
            stage: "preparation" | "conduct" | "conclusion" | "closed";
            stageLabel: string;
            subjectMemberId: number | null;
            subjectName: string;
            subjectOrgId: number | null;
            title: string;
            violationFound: boolean | null;
        };
        InspectionProgramme: components["schemas"]["InspectionProgrammeSummary"] & {
            items: {
                caseCount: number;
                content: string;
                id: number;
                /** @enum {string} */
                kind: "inspection" | "supervision";
                kindLabel: string;
                periodFrom: string;
                periodTo: string;
                subjectMemberId: number | null;
                subjectName: string | null;
                subjectOrgId: number | null;
            }[];
        };
        InspectionProgrammeList: {
            items: components["schemas"]["InspectionProgrammeSummary"][];
        };
        InspectionProgrammeSummary: {
            id: number;
            /** @enum {string} */
            issuer: "committee" | "inspection_committee" | "chi_bo";
            issuerLabel: string;
            itemCount: number;
            orgId: number;
            orgName: string;
            title: string;
            year: number;
        };
        IntelCalendar: {
            items: components["schemas"]["IntelCalendarEntry"][];
            late: number;
            on: string;
        };
        IntelCalendarEntry: {
            dueDay: number;
            dueDayLabel: string;
            /** @enum {string} */
            frequency: "weekly" | "monthly";
            frequencyLabel: string;
            last: {
                daysLate: number;
                dueOn: string;
                end: string;
                reportId: number | null;
                start: string;
                /** @enum {string} */
                state: "on_time" | "late_received" | "late" | "pending";
                stateLabel: string;
            } | null;
            latePeriods: number;
            next: {
                dueOn: string;
                end: string;
                start: string;
            };
            orgId: number;
            orgName: string;
            startsOn: string;
        };
        IntelCategory: {
            code: string;
            name: string;
        };
        IntelCategoryAdmin: {
            active: boolean;
            code: string;
            name: string;
        };
        IntelCategoryAdminList: components["schemas"]["IntelCategoryAdmin"][];
        IntelCategoryList: components["schemas"]["IntelCategory"][];
        IntelDirected: components["schemas"]["IntelIssue"] & {
            taskId: number;
        };
        IntelIssue: components["schemas"]["IntelIssueSummary"] & {
            can: {
                direct: boolean;
                manage: boolean;
            };
            createdAt: string | null;
            createdByName: string | null;
            events: components["schemas"]["IntelIssueEvent"][];
            items: components["schemas"]["IntelItem"][];
            links: components["schemas"]["IntelIssueLink"][];
            moves: {
                label: string;
                /** @enum {string} */
                status: "new" | "watching" | "reported" | "directed" | "resolved" | "recurred";
            }[];
            summary: string | null;
        };
        IntelIssueEvent: {
            actorName: string | null;
            at: string | null;
            fromStatus: string | null;
            id: number;
            kind: string;
            note: string | null;
            taskId: number | null;
            text: string;
            toStatus: string | null;
        };
        IntelIssueLink: {
            detail: string | null;
            id: number;
            /** @enum {string} */
            kind: "document" | "task";
            seen: boolean;
            title: string;
        };
        IntelIssueList: {
            items: components["schemas"]["IntelIssueSummary"][];
        };
        IntelIssueSummary: {
            category: string;
            categoryName: string;
            id: number;
            itemCount: number;
            lastItemOn: string | null;
            orgId: number;
            orgName: string;
            placeName: string;
            placeOrgId: number;
            recurredOn: string | null;
            resolvedOn: string | null;
            secrecy: number;
            severity: number;
            severityLabel: string;
            /** @enum {string} */
            status: "new" | "watching" | "reported" | "directed" | "resolved" | "recurred";
            statusLabel: string;
            title: string;
            updatedAt: string | null;
        };
        IntelItem: {
            category: string;
            categoryName: string;
            id: number;
            issueId: number | null;
            issueTitle: string | null;
            occurredOn: string;
            orgId: number;
            peopleCount: number | null;
            placeName: string;
            placeOrgId: number;
            position: number;
            reportId: number;
            severity: number;
            severityLabel: string;
            summary: string;
        };
        IntelReminderRun: {
            notices: number;
            schedules: number;
            today: string;
        };
        IntelReport: components["schemas"]["IntelReportSummary"] & {
            items: components["schemas"]["IntelItem"][];
            notified: number;
            summary: string | null;
        };
        IntelReportList: {
            items: components["schemas"]["IntelReportSummary"][];
        };
        IntelReportSummary: {
            createdAt: string | null;
            createdByName: string | null;
            id: number;
            itemCount: number;
            /** @enum {string} */
            kind: "periodic" | "quick";
            kindLabel: string;
            maxSeverity: number | null;
            orgId: number;
            orgName: string;
            periodEnd: string | null;
            periodStart: string | null;
            receivedOn: string;
            secrecy: number;
            severeCount: number;
            title: string | null;
        };
        IntelSeries: {
            baselinePerWeek: number;
            baselineWeeks: number;
            category: string;
            categoryName: string;
            on: string;
            orgId: number;
            orgName: string;
            points: {
                n: number;
                /** @enum {string} */
                part: "window" | "baseline" | "before";
                weekEnd: string;
                weekStart: string;
            }[];
            windowDays: number;
        };
        IntelWarning: {
            baseline: number;
            category: string;
            categoryName: string;
            issueId: number | null;
            /** @enum {string} */
            kind: "rise" | "neighbours" | "recurrence";
            kindLabel: string;
            orgId: number;
            orgName: string;
            pValue: number;
            ratio: number | null;
            reason: string;
            recent: number;
            score: number;
            seasonal: boolean;
            unitIds: number[];
        };
        IntelWarningList: {
            baselineWeeks: number;
            items: components["schemas"]["IntelWarning"][];
            on: string;
            orgId: number;
            windowDays: number;
        };
        LateDashboard: {
            /** Format: date */
            from: string;
            /** Format: date */
            on: string;
            opinions: components["schemas"]["LateOpinion"][];
            signatures: components["schemas"]["LateSignature"][];
            units: components["schemas"]["LateUnit"][];
        };
        LateOpinion: {
            article: string | null;
            consultee: string;
            daysLate: number;
            /** Format: date */
            doneOn: string | null;
            /** Format: date */
            dueOn: string;
            orgId: number;
            orgName: string;
            proposalId: number;
            round: number;
            title: string;
        };
        LateSignature: {
            article: string | null;
            daysLate: number;
            documentId: number;
            /** Format: date */
            doneOn: string | null;
            /** Format: date */
            dueOn: string;
            orgId: number;
            orgName: string;
            signerName: string | null;
            status: string;
            summary: string;
            typeCode: string;
        };
        LateUnit: {
            lateOpinions: number;
            lateSignatures: number;
            openOpinions: number;
            openSignatures: number;
            orgId: number;
            orgName: string;
            worstDaysLate: number;
        };
        Login: {
            csrfToken: string;
            mustEnrolTotp: boolean;
            user: components["schemas"]["User"];
        };
        Me: {
            csrfToken: string | null;
            mustEnrolTotp: boolean;
            user: components["schemas"]["User"];
        };
        Meeting: {
            agenda: string | null;
            can: {
                manage: boolean;
                resolve: boolean;
            };
            cancelReason: string | null;
            chairMemberId: number | null;
            chairName: string | null;
            combined: boolean;
            createdAt: string | null;
            createdByName: string | null;
            endsAt: string | null;
            id: number;
            /** @enum {string} */
            kind: "regular" | "thematic";
            kindLabel: string;
            materials: number;
            /** Format: date */
            meetingOn: string;
            minutesAt: string | null;
            notifiedAt: string | null;
            orgId: number;
            orgName: string;
            place: string | null;
            qualityGrade: string | null;
            qualityTotal: number | null;
            reportedAt: string | null;
            resolutionSymbol: string | null;
            secrecy: number;
            secretaryMemberId: number | null;
            secretaryName: string | null;
            startsAt: string;
            /** @enum {string} */
            status: "planned" | "notified" | "held" | "resolved" | "reported" | "cancelled";
            statusLabel: string;
            title: string;
            topic: string | null;
            videoLink: string | null;
            warnings: components["schemas"]["MeetingWarning"][];
        };
        MeetingAbsences: {
            items: {
                absentMonths: number;
                fullName: string;
                memberId: number;
                months: number[];
            }[];
            months: number;
            orgId: number;
            source: string;
            year: number;
        };
        MeetingAttendance: {
            counts: components["schemas"]["MeetingAttendanceCounts"];
            items: components["schemas"]["MeetingAttendanceEntry"][];
            meetingId: number;
        };
        MeetingAttendanceCounts: {
            absent: number;
            absentExcused: number;
            elsewhere: number;
            exempt: number;
            expected: number;
            present: number;
            rate: number | null;
            total: number;
        };
        MeetingAttendanceEntry: {
            fullName: string;
            memberId: number;
            official: boolean;
            reason: string | null;
            /** @enum {string|null} */
            status: "present" | "absent_excused" | "absent" | "exempt" | "elsewhere" | null;
            statusLabel: string | null;
        };
        MeetingAttendanceRegister: {
            meetings: {
                combined: boolean;
                id: number;
                /** @enum {string} */
                kind: "regular" | "thematic";
                /** Format: date */
                meetingOn: string;
                title: string;
            }[];
            members: {
                absent: number;
                absentExcused: number;
                fullName: string;
                marks: ("present" | "absent_excused" | "absent" | "exempt" | "elsewhere" | null)[];
                memberId: number;
                present: number;
            }[];
            orgId: number;
            orgName: string;
            year: number;
        };
        MeetingCarryOver: {
            fromMeetingId: number;
            /** Format: date */
            fromOn: string;
            fromSymbol: string | null;
            fromTitle: string;
            items: components["schemas"]["MeetingResolutionTask"][];
        };
        MeetingCarryOverAnswer: {
            carryOver: components["schemas"]["MeetingCarryOver"] | null;
        };
        MeetingDetail: components["schemas"]["Meeting"] & {
            attendance: components["schemas"]["MeetingAttendance"];
            carryOver: components["schemas"]["MeetingCarryOver"] | null;
            files: components["schemas"]["MeetingFile"][];
            minutes: components["schemas"]["MeetingMinutes"];
            quality: components["schemas"]["MeetingQuality"];
            resolution: components["schemas"]["MeetingResolution"];
            rules: components["schemas"]["MeetingRules"];
            votes: components["schemas"]["MeetingVote"][];
        };
        MeetingFile: {
            createdByName: string | null;
            id: number;
            /** @enum {string} */
            kind: "material" | "minutes" | "resolution" | "other";
            kindLabel: string;
            mime: string;
            name: string;
            postedAt: string | null;
            sha256: string;
            size: number;
            url: string;
        };
        MeetingList: {
            items: components["schemas"]["Meeting"][];
            nextCursor: string | null;
        };
        MeetingMinutes: {
            conclusion: string | null;
            discussion: string | null;
            endsAt: string | null;
            meetingId: number;
            recordedAt: string | null;
            startsAt: string;
        };
        MeetingNotice: {
            meeting: components["schemas"]["MeetingDetail"];
            notified: number;
        };
        MeetingQuality: {
            grade: string | null;
            gradeLabel: string | null;
            lines: {
                code: string;
                label: string;
                maxPoints: number;
                points: number | null;
            }[];
            meetingId: number;
            scoredAt: string | null;
            total: number | null;
            versionId: number;
        };
        MeetingResolution: {
            directions: string | null;
            documentId: number | null;
            /** Format: date */
            issuedOn: string | null;
            meetingId: number;
            number: number | null;
            reportedAt: string | null;
            reportNote: string | null;
            resolvedAt: string | null;
            results: string | null;
            symbol: string | null;
            tasks: components["schemas"]["MeetingResolutionTask"][];
        };
        MeetingResolutionTask: {
            /** Format: date */
            dueOn: string;
            id: number;
            ownerMemberId: number | null;
            ownerName: string;
            position: number;
            taskId: number | null;
            title: string;
            tracked: {
                done: boolean;
                /** Format: date */
                dueOn: string;
                progress: number;
                /** @enum {string} */
                state: "done_on_time" | "done_late" | "open_in_time" | "open_overdue";
                stateLabel: string;
            } | null;
        };
        MeetingRules: {
            documentsLeadDays: {
                days: number;
                /** Format: date */
                effectiveFrom: string;
                source: string;
                versionId: number;
            };
            duration: {
                combined: number;
                /** Format: date */
                effectiveFrom: string;
                requiredMinutes: number;
                single: number;
                source: string;
                versionId: number;
            };
            quality: {
                criteria: {
                    code: string;
                    label: string;
                    maxPoints: number;
                }[];
                /** Format: date */
                effectiveFrom: string;
                grades: {
                    code: string;
                    label: string;
                    minPoints: number;
                }[];
                source: string;
                versionId: number;
            };
            reportDays: {
                days: number;
                /** Format: date */
                effectiveFrom: string;
                source: string;
                versionId: number;
            };
        };
        MeetingsOverview: {
            frequencySource: string;
            items: components["schemas"]["MeetingsOverviewUnit"][];
            orgId: number;
            orgName: string;
            year: number;
        };
        MeetingsOverviewUnit: {
            attendanceRate: number | null;
            dates: string[];
            expected: number;
            held: number;
            meetings: number;
            monthsWithoutRegular: number[];
            orgId: number;
            orgName: string;
            present: number;
            qualityAverage: number | null;
            quartersWithoutThematic: number[];
            regular: number;
            thematic: number;
        };
        MeetingVote: {
            abstain: number;
            against: number;
            base: number;
            createdAt: string | null;
            createdByName: string | null;
            exempt: number;
            for: number;
            fullMembers: number;
            id: number;
            meetingId: number;
            passed: boolean;
            subject: string;
        };
        MeetingWarning: {
            /** @enum {string} */
            code: "too_short" | "documents_late" | "documents_missing" | "report_late";
            message: string;
        };
        MemberAdmission: {
            /** Format: date */
            birthDate: string;
            dates: {
                /** Format: date */
                application?: string | null;
                /** Format: date */
                cell_resolution?: string | null;
                /** Format: date */
                comments?: string | null;
                /** Format: date */
                committee_resolution?: string | null;
                /** Format: date */
                course?: string | null;
                /** Format: date */
                decision?: string | null;
                /** Format: date */
                history?: string | null;
                /** Format: date */
                introducers?: string | null;
                /** Format: date */
                verification?: string | null;
            };
            decisionNo: string | null;
            fullName: string;
            /** @enum {string|null} */
            gender: "Nam" | "Nữ" | null;
            id: number;
            introducers: {
                fullName: string | null;
                memberId: number;
            }[];
            memberId: number | null;
            /** @enum {string|null} */
            nextStage: "course" | "application" | "history" | "verification" | "introducers" | "comments" | "cell_resolution" | "committee_resolution" | "decision" | null;
            nextStageLabel: string | null;
            note: string | null;
            occupation: string | null;
            orgId: number;
            orgName: string;
            /** Format: date */
            recognitionDue: string | null;
            residence: string | null;
            /** @enum {string|null} */
            stage: "course" | "application" | "history" | "verification" | "introducers" | "comments" | "cell_resolution" | "committee_resolution" | "decision" | null;
            stageLabel: string;
        };
        MemberAdmissionBoard: {
            items: components["schemas"]["MemberAdmission"][];
            stages: {
                form: string | null;
                label: string;
                /** @enum {string} */
                stage: "course" | "application" | "history" | "verification" | "introducers" | "comments" | "cell_resolution" | "committee_resolution" | "decision";
            }[];
        };
        MemberBadge: {
            /** Format: date */
            awardedOn: string;
            decisionNo: string | null;
            years: number;
        };
        MemberDetail: components["schemas"]["MemberRecord"] & {
            badgeDueToday: {
                early: boolean;
                posthumous: boolean;
                /** Format: date */
                reachedOn: string;
                years: number;
            } | null;
            badges: components["schemas"]["MemberBadge"][];
            /** Format: date */
            recognitionDue: string | null;
        };
        MemberHistory: {
            items: components["schemas"]["MemberHistoryEntry"][];
        };
        MemberHistoryEntry: {
            action: string;
            actorId: number | null;
            actorName: string | null;
            at: string;
            changes: {
                [key: string]: unknown;
            };
            id: number;
            note: string | null;
        };
        /** @description Mỗi dòng một đối tượng JSON: { progress } trong khi đọc, rồi { result } hoặc { error, status } */
        MemberImportLine: {
            error?: {
                code: string;
                message: string;
            };
            progress?: components["schemas"]["MemberImportProgress"];
            result?: components["schemas"]["MemberImportResult"];
            status?: number;
        };
        MemberImportProgress: {
            bytesRead: number;
            bytesTotal: number;
            fraction: number;
            imported: number;
            /** @enum {string} */
            phase: "checking" | "reading" | "done";
            rejected: number;
            rowsRead: number;
            rowsTotal: number | null;
        };
        MemberImportRejection: {
            reason: string;
            row: number;
        };
        MemberImportResult: {
            imported: number;
            importId: number;
            rejected: components["schemas"]["MemberImportRejection"][];
        };
        MemberInterruption: {
            /** Format: date */
            from: string;
            reason: string;
            /** Format: date */
            to: string;
        };
        MemberList: {
            items: components["schemas"]["MemberListItem"][];
            nextCursor: string | null;
            total: number | null;
        };
        MemberListItem: {
            /** Format: date */
            admittedOn: string;
            /** Format: date */
            birthDate: string;
            fullName: string;
            /** @enum {string|null} */
            gender: "Nam" | "Nữ" | null;
            id: number;
            /** Format: date */
            officialOn: string | null;
            orgId: number;
            orgName: string;
            partyAgeYears: number;
            partyCardNo: string | null;
            residence: string | null;
            /** @enum {string} */
            status: "du_bi" | "chinh_thuc" | "chuyen_di" | "xoa_ten" | "tu_tran";
            statusLabel: string;
            /** Format: date */
            statusOn: string | null;
        };
        MemberMoves: {
            residenceComments: {
                by: string | null;
                comment: string;
                /** Format: date */
                commentedOn: string;
                year: number;
            }[];
            residences: {
                /** Format: date */
                endedOn: string | null;
                id: number;
                place: string;
                /** Format: date */
                registeredOn: string;
                residenceOrgId: number | null;
                residenceOrgName: string | null;
            }[];
            transfers: components["schemas"]["MemberTransfer"][];
        };
        MemberRating: {
            allTasksOnTime: boolean | null;
            /** @enum {string|null} */
            category: "xuat_sac" | "tot" | "hoan_thanh" | "khong_hoan_thanh" | null;
            categoryLabel: string | null;
            /** @enum {string|null} */
            cellCategory: "xuat_sac" | "tot" | "hoan_thanh" | "khong_hoan_thanh" | null;
            cellDecidedBy: string | null;
            /** Format: date */
            cellDecidedOn: string | null;
            /** @enum {string|null} */
            committeeCategory: "xuat_sac" | "tot" | "hoan_thanh" | "khong_hoan_thanh" | null;
            committeeDecidedBy: string | null;
            /** Format: date */
            committeeDecidedOn: string | null;
            committeeOrgName: string | null;
            /** @enum {string|null} */
            finalCategory: "xuat_sac" | "tot" | "hoan_thanh" | "khong_hoan_thanh" | null;
            finalLabel: string | null;
            /** @enum {string|null} */
            form: "2A" | "2B" | "2C" | null;
            generalScore: number | null;
            memberId: number;
            orgId: number;
            quarter: number;
            resultScore: number | null;
            selfReview: string | null;
            total: number | null;
            year: number;
        };
        MemberRatings: {
            attendance: components["schemas"]["RatingAttendance"][];
            discipline: components["schemas"]["RatingDiscipline"][];
            items: components["schemas"]["MemberRating"][];
        };
        MemberRecord: components["schemas"]["MemberListItem"] & {
            createdAt: string;
            /** Format: date */
            diedOn: string | null;
            education: string | null;
            ethnicity: string | null;
            feeBase: number | null;
            /** @enum {string} */
            feeBasis: "salary" | "pension" | "student" | "fixed";
            /** Format: date */
            feeFrom: string;
            homeTown: string | null;
            importId: number | null;
            interruptions: components["schemas"]["MemberInterruption"][];
            occupation: string | null;
            /** Format: date */
            partyStart: string;
            position: string | null;
            religion: string | null;
            secrecy: number;
            seriouslyIll: boolean;
            theoryLevel: string | null;
            updatedAt: string;
            userId: number | null;
            username: string | null;
        };
        MemberReview: {
            can: {
                decide: boolean;
                propose: boolean;
                write: boolean;
            };
            criteria: {
                discipline: {
                    decisions: {
                        /** Format: date */
                        decidedOn: string;
                        formLabel: string;
                    }[];
                    /** @enum {string|null} */
                    maxCategory: "xuat_sac" | "tot" | "hoan_thanh" | "khong_hoan_thanh" | null;
                    maxLabel: string | null;
                    source: string;
                } | null;
                fees: {
                    allPaid: boolean;
                    monthsOwed: number;
                    monthsPaid: number;
                    unpaid: string[];
                };
                meetings: {
                    absent: number;
                    absentExcused: number;
                    absentMonths: number[];
                    exempt: number;
                    meetings: number;
                    present: number;
                } | null;
                tasks: {
                    allOnTime: boolean;
                    doneLate: number;
                    doneOnTime: number;
                    due: number;
                    lateLimitPercent: number;
                    lateLimitSource: string;
                    latePercent: number | null;
                    /** @enum {string} */
                    maxCategory: "xuat_sac" | "tot" | "hoan_thanh" | "khong_hoan_thanh";
                    onTimePercent: number | null;
                    overdue: number;
                    withinLateLimit: boolean;
                } | null;
            };
            decided: {
                by: string | null;
                /** @enum {string} */
                grade: "xuat_sac" | "tot" | "hoan_thanh" | "khong_hoan_thanh";
                label: string;
                /** Format: date */
                on: string | null;
                orgName: string | null;
            } | null;
            /** @enum {string|null} */
            finalGrade: "xuat_sac" | "tot" | "hoan_thanh" | "khong_hoan_thanh" | null;
            finalLabel: string | null;
            /** @enum {string|null} */
            form: "2A" | "2B" | "2C" | null;
            forms: {
                /** @enum {string} */
                form: "2A" | "2B" | "2C";
                label: string;
            }[];
            formSource: string;
            fullName: string;
            memberId: number;
            orgId: number;
            orgName: string;
            periodLabel: string;
            position: string | null;
            proposed: {
                by: string | null;
                /** @enum {string} */
                grade: "xuat_sac" | "tot" | "hoan_thanh" | "khong_hoan_thanh";
                label: string;
                /** Format: date */
                on: string | null;
            } | null;
            quarter: number;
            sections: {
                key: string;
                label: string;
                text: string;
            }[];
            self: {
                generalScore: number;
                /** @enum {string} */
                grade: "xuat_sac" | "tot" | "hoan_thanh" | "khong_hoan_thanh";
                label: string;
                resultScore: number;
                total: number;
            } | null;
            /** @enum {string} */
            suggestedForm: "2A" | "2B" | "2C";
            year: number;
        };
        MemberTransfer: {
            /** @enum {string} */
            direction: "internal" | "out" | "in";
            fromName: string | null;
            fromOrgId: number | null;
            fullName: string;
            id: number;
            /** Format: date */
            inOn: string | null;
            /** @enum {string} */
            kind: "official" | "temporary";
            kindLabel: string;
            memberId: number;
            note: string | null;
            /** Format: date */
            outOn: string | null;
            paperNo: string;
            /** @enum {string} */
            state: "pending" | "done" | "ended" | "cancelled";
            toName: string | null;
            toOrgId: number | null;
            /** Format: date */
            untilOn: string | null;
        };
        MemberTransferIn: {
            member: components["schemas"]["MemberRecord"];
            transfer: components["schemas"]["MemberTransfer"];
        };
        MemberTransferList: {
            items: components["schemas"]["MemberTransfer"][];
        };
        MyStudy: {
            canSubmit: boolean;
            mine: components["schemas"]["StudyAttendee"];
            session: components["schemas"]["StudySession"];
        };
        MyStudyList: {
            items: components["schemas"]["MyStudy"][];
            linked: boolean;
        };
        NewApiToken: components["schemas"]["ApiToken"] & {
            token: string;
        };
        Notification: {
            body: string | null;
            createdAt: string | null;
            entity: string | null;
            entityId: number | null;
            id: number;
            kind: string;
            link: string | null;
            read: boolean;
            title: string;
        };
        NotificationPage: {
            items: components["schemas"]["Notification"][];
            nextCursor: string | null;
            unread: number;
        };
        NotificationsMarked: {
            marked: number;
        };
        Org: {
            active: boolean;
            effectivePlace: string;
            id: number;
            /** @enum {string} */
            kind: "central" | "provincial" | "direct_committee" | "grassroots" | "cell" | "board";
            name: string;
            parentId: number | null;
            path: string;
            place: string | null;
            shortCode: string;
            validFrom: string;
            validTo: string | null;
        };
        OrgChildren: {
            items: components["schemas"]["OrgItem"][];
            total: number;
            unit: components["schemas"]["OrgItem"];
        };
        OrgDetail: components["schemas"]["Org"] & {
            counts: {
                children: number;
                grants: number;
                links: number;
                users: number;
            };
            history: components["schemas"]["OrgVersion"][];
            predecessors: components["schemas"]["OrgLink"][];
            successors: components["schemas"]["OrgLink"][];
        };
        OrgDisciplineDecision: {
            authorityName: string;
            authorityOrgId: number;
            createdAt: string | null;
            decidedOn: string;
            decisionNo: string | null;
            /** @enum {string} */
            form: "khien_trach" | "canh_cao" | "giai_tan";
            formLabel: string;
            id: number;
            limitationEnds: string | null;
            limitationVersionId: number;
            orgId: number;
            orgName: string;
            reason: string;
            secrecy: number;
            violatedOn: string;
        };
        OrgDisciplineList: {
            items: components["schemas"]["OrgDisciplineDecision"][];
        };
        OrgItem: components["schemas"]["Org"] & {
            childCount: number;
        };
        OrgLink: {
            effectiveOn: string;
            /** @enum {string} */
            kind: "merge" | "split";
            predecessorId: number;
            successorId: number;
        };
        OrgMergeResult: {
            predecessors: components["schemas"]["Org"][];
            successor: components["schemas"]["Org"];
        };
        OrgNode: components["schemas"]["Org"] & {
            children: components["schemas"]["OrgNode"][];
        };
        OrgRating: {
            allTasksOnTime: boolean;
            /** @enum {string} */
            category: "xuat_sac" | "tot" | "hoan_thanh" | "khong_hoan_thanh";
            /** @enum {string|null} */
            committeeCategory: "xuat_sac" | "tot" | "hoan_thanh" | "khong_hoan_thanh" | null;
            generalScore: number;
            orgId: number;
            resultScore: number;
            selfReview: string | null;
            year: number;
        };
        OrgSearch: {
            items: components["schemas"]["OrgSearchHit"][];
            more: boolean;
        };
        OrgSearchHit: components["schemas"]["OrgItem"] & {
            ancestors: {
                id: number;
                name: string;
            }[];
        };
        OrgSplitResult: {
            predecessor: components["schemas"]["Org"];
            successors: components["schemas"]["Org"][];
        };
        OrgTree: components["schemas"]["OrgNode"][];
        OrgVersion: {
            /** @enum {string} */
            kind: "central" | "provincial" | "direct_committee" | "grassroots" | "cell" | "board";
            name: string;
            parentId: number | null;
            shortCode: string;
            validFrom: string;
            validTo: string | null;
        };
        PasswordChanged: {
            sessionsEnded: number;
        };
        PortalImportResult: {
            added: number;
            amountMatched: number;
            duplicates: number;
            importId: number;
            linesRead: number;
            matched: number;
            rejected: {
                reason: string;
                row: number;
            }[];
            unmatched: number;
        };
        PortalLine: {
            amount: number;
            cardNo: string | null;
            id: number;
            importId: number;
            memberId: number | null;
            memberName: string | null;
            month: string;
            note: string | null;
            orgId: number;
            /** Format: date */
            paidOn: string;
            payerName: string | null;
            ref: string;
            /** @enum {string} */
            status: "matched" | "unmatched" | "resolved" | "dismissed";
        };
        PortalLineList: {
            items: components["schemas"]["PortalLine"][];
        };
        Program: {
            approvedAt: string | null;
            approvedByName: string | null;
            createdAt: string | null;
            endsOn: string;
            id: number;
            itemCount: number;
            /** @enum {string} */
            kind: "term" | "year" | "quarter" | "month" | "week" | "action";
            kindLabel: string;
            orgId: number;
            orgName: string;
            parentProgramId: number | null;
            resolution: components["schemas"]["ProgramResolution"];
            revision: number;
            secrecy: number;
            startsOn: string;
            /** @enum {string} */
            status: "draft" | "approved";
            statusLabel: string;
            theme: string | null;
            title: string;
        };
        ProgramApproved: components["schemas"]["Program"] & {
            tasksCreated: number;
        };
        ProgramCascade: {
            items: {
                copiedItems: number;
                copyScore: number;
                itemCount: number;
                localItems: number;
                orgId: number;
                orgName: string;
                programId: number;
                /** @enum {string} */
                status: "draft" | "approved";
                title: string;
            }[];
            missing: {
                orgId: number;
                orgName: string;
            }[];
            orgName: string;
            programId: number;
            sourceItems: number;
            title: string;
        };
        ProgramCopyCheck: {
            copiedItems: {
                itemId: number;
                similarity: number;
                sourceItemId: number;
            }[];
            copyScore: number;
            itemCount: number;
            items: {
                copy: boolean;
                itemId: number;
                similarity: number;
                sourceItemId: number | null;
            }[];
            localItems: number;
            parentProgramId: number | null;
            programId: number;
            threshold: number;
        };
        ProgramCounts: {
            doneLate: number;
            doneOnTime: number;
            openInTime: number;
            overdue: number;
            total: number;
        };
        ProgramDetail: components["schemas"]["Program"] & {
            can: {
                approve: boolean;
                cascade: boolean;
                edit: boolean;
            };
            copyNames: string[];
            items: components["schemas"]["ProgramItem"][];
            parent: components["schemas"]["ProgramWithItems"] | null;
        };
        ProgramItem: {
            coordinatingOrgIds: number[];
            coordinatingOrgNames: string[];
            depth: number;
            description: string | null;
            dueOn: string | null;
            id: number;
            leadOrgId: number | null;
            leadOrgName: string | null;
            number: string;
            parentItemId: number | null;
            position: number;
            product: string | null;
            programId: number;
            sourceItemId: number | null;
            tasks: number;
            tasksDone: number;
            title: string;
        };
        ProgramList: {
            items: components["schemas"]["Program"][];
        };
        ProgramProgress: {
            contents: {
                counts: components["schemas"]["ProgramCounts"];
                itemId: number;
                items: {
                    depth: number;
                    dueOn: string | null;
                    itemId: number;
                    leadOrgName: string | null;
                    number: string;
                    product: string | null;
                    tasks: {
                        doneOn: string | null;
                        dueOn: string;
                        id: number;
                        orgName: string;
                        product: string | null;
                        progress: number;
                        /** @enum {string} */
                        state: "done_on_time" | "done_late" | "open_in_time" | "open_overdue";
                        stateLabel: string;
                    }[];
                    title: string;
                }[];
                number: string;
                title: string;
            }[];
            from: string;
            /** @enum {string} */
            kind: "so-ket" | "tong-ket";
            kindLabel: string;
            org: {
                id: number;
                name: string;
                shortCode: string;
            };
            program: components["schemas"]["Program"];
            superior: {
                id: number;
                name: string;
            } | null;
            to: string;
            today: string;
            totals: components["schemas"]["ProgramCounts"];
            units: (components["schemas"]["ProgramCounts"] & {
                orgId: number;
                orgName: string;
            })[];
        };
        ProgramResolution: {
            documentId: number | null;
            ref: string;
            title: string;
        } | null;
        ProgramRevisions: {
            items: {
                change?: unknown;
                changedAt: string | null;
                changedByName: string | null;
                reason: string;
                revision: number;
            }[];
        };
        ProgramWithItems: components["schemas"]["Program"] & {
            items: components["schemas"]["ProgramItem"][];
        };
        Proposal: {
            conclusionOn: string | null;
            conclusionRef: string | null;
            createdAt: string | null;
            createdByName: string | null;
            daysLate: number;
            dueOn: string;
            id: number;
            issuedOn: string | null;
            issuedRef: string | null;
            /** @enum {string} */
            kind: "scheme" | "thematic_report";
            kindLabel: string;
            orgId: number;
            orgName: string;
            secrecy: number;
            /** @enum {string} */
            stage: "outline" | "drafting" | "consultation" | "response" | "appraisal" | "submission" | "conclusion" | "issue" | "follow_up";
            stageLabel: string;
            stageSince: string | null;
            summary: string | null;
            title: string;
        };
        ProposalCan: {
            comment: boolean;
            conclude: boolean;
            dispose: boolean;
            manage: boolean;
        };
        ProposalComment: {
            author: string;
            createdAt: string | null;
            createdByName: string | null;
            disposedAt: string | null;
            disposedByName: string | null;
            /** @enum {string|null} */
            disposition: "accepted" | "explained" | "reserved" | null;
            dispositionLabel: string | null;
            id: number;
            late: boolean;
            paragraph: number | null;
            paragraphText: string | null;
            reply: string | null;
            roundNumber: number | null;
            targetId: number | null;
            text: string;
            version: number;
        };
        ProposalCommentList: {
            items: components["schemas"]["ProposalComment"][];
            ownOnly: boolean;
        };
        ProposalDetail: components["schemas"]["Proposal"] & {
            can: components["schemas"]["ProposalCan"];
            comments: {
                open: number;
                total: number;
            };
            events: components["schemas"]["ProposalEvent"][];
            measures: components["schemas"]["ProposalMeasure"][];
            rounds: components["schemas"]["ProposalRound"][];
            stages: components["schemas"]["ProposalStageLine"][];
            team: components["schemas"]["ProposalTeamMember"][];
            versions: components["schemas"]["ProposalVersion"][];
        };
        ProposalDiff: {
            blocks: {
                from: number | null;
                /** @enum {string} */
                kind: "same" | "added" | "removed" | "changed";
                parts: {
                    /** @enum {string} */
                    kind: "same" | "added" | "removed";
                    text: string;
                }[] | null;
                text: string | null;
                to: number | null;
            }[];
            from: components["schemas"]["ProposalVersion"];
            stats: {
                added: number;
                changed: number;
                removed: number;
                same: number;
            };
            to: components["schemas"]["ProposalVersion"];
        };
        ProposalEvent: {
            actorName: string | null;
            at: string | null;
            /** @enum {string|null} */
            fromStage: "outline" | "drafting" | "consultation" | "response" | "appraisal" | "submission" | "conclusion" | "issue" | "follow_up" | null;
            id: number;
            note: string | null;
            toLabel: string;
            /** @enum {string} */
            toStage: "outline" | "drafting" | "consultation" | "response" | "appraisal" | "submission" | "conclusion" | "issue" | "follow_up";
        };
        ProposalLine: components["schemas"]["Proposal"] & {
            comments: number;
            openComments: number;
            roundDueOn: string | null;
            stageDueOn: string | null;
            versions: number;
        };
        ProposalMeasure: {
            dueOn: string;
            id: number;
            leadOrgId: number;
            leadOrgName: string;
            taskId: number | null;
            title: string;
        };
        ProposalMeasureTasks: {
            created: number;
            measures: components["schemas"]["ProposalMeasure"][];
        };
        ProposalPortfolio: {
            byStage: {
                count: number;
                label: string;
                /** @enum {string} */
                stage: "outline" | "drafting" | "consultation" | "response" | "appraisal" | "submission" | "conclusion" | "issue" | "follow_up";
            }[];
            items: components["schemas"]["ProposalLine"][];
            late: number;
            openComments: number;
            today: string;
            total: number;
            truncated: boolean;
        };
        ProposalReminderRun: {
            notices: number;
            targets: number;
            today: string;
        };
        ProposalRound: {
            closedAt: string | null;
            closedByName: string | null;
            dueOn: string;
            id: number;
            note: string | null;
            number: number;
            open: boolean;
            openedAt: string | null;
            openedByName: string | null;
            ruleArticle: string | null;
            targets: components["schemas"]["ProposalRoundTarget"][];
            version: number;
        };
        ProposalRoundTarget: {
            answeredOn: string | null;
            comments: number;
            daysLate: number;
            dueOn: string;
            id: number;
            name: string;
            orgId: number | null;
            /** @enum {string} */
            state: "answered" | "waiting" | "overdue";
            userId: number | null;
        };
        ProposalStageLine: {
            daysLate: number;
            dueOn: string | null;
            enteredOn: string | null;
            label: string;
            leftOn: string | null;
            /** @enum {string} */
            stage: "outline" | "drafting" | "consultation" | "response" | "appraisal" | "submission" | "conclusion" | "issue" | "follow_up";
            /** @enum {string} */
            state: "done" | "current" | "pending" | "skipped";
        };
        ProposalTeamMember: {
            duty: string | null;
            fullName: string;
            orgName: string | null;
            /** @enum {string} */
            role: "head" | "deputy" | "member" | "secretary";
            roleLabel: string;
            userId: number | null;
        };
        ProposalVersion: {
            createdAt: string | null;
            createdByName: string | null;
            name: string;
            note: string | null;
            paragraphCount: number;
            sha256: string;
            size: number;
            /** @enum {string} */
            stage: "outline" | "drafting" | "consultation" | "response" | "appraisal" | "submission" | "conclusion" | "issue" | "follow_up";
            stageLabel: string;
            textChars: number;
            url: string;
            version: number;
        };
        ProposalVersionText: components["schemas"]["ProposalVersion"] & {
            paragraphs: string[];
        };
        RatingAttendance: {
            absent: number;
            absentExcused: number;
            absentMonths: number[];
            elsewhere: number;
            exempt: number;
            meetings: number;
            present: number;
            reachesRemoval: boolean;
            removalMonths: number;
            removalSource: string;
            year: number;
        };
        RatingDiscipline: {
            decisions: {
                /** Format: date */
                decidedOn: string;
                formLabel: string;
            }[];
            /** @enum {string|null} */
            maxCategory: "xuat_sac" | "tot" | "hoan_thanh" | "khong_hoan_thanh" | null;
            maxLabel: string | null;
            source: string;
            year: number;
        };
        RatingSheet: {
            items: {
                fullName: string;
                memberId: number;
                orgName: string;
                rating: components["schemas"]["MemberRating"] | null;
            }[];
            orgId: number;
            orgName: string;
            orgRatings: {
                allTasksOnTime: boolean;
                /** @enum {string} */
                category: "xuat_sac" | "tot" | "hoan_thanh" | "khong_hoan_thanh";
                /** @enum {string|null} */
                committeeCategory: "xuat_sac" | "tot" | "hoan_thanh" | "khong_hoan_thanh" | null;
                finalLabel: string;
                generalScore: number;
                orgId: number;
                orgName: string;
                resultScore: number;
                selfReview: string | null;
                total: number;
                year: number;
            }[];
            stats: {
                hoan_thanh: number;
                khong_hoan_thanh: number;
                orgId: number;
                orgName: string;
                tot: number;
                total: number;
                unrated: number;
                xuat_sac: number;
            }[];
            year: number;
        };
        Reconciliation: {
            differences: number;
            expected: number;
            /** @example 2026-01 */
            from: string;
            lines: components["schemas"]["ReconciliationLine"][];
            orgId: number;
            received: number;
            /** @example 2026-01 */
            to: string;
        };
        ReconciliationLine: {
            difference: number;
            expected: number;
            fromOrgId: number;
            fromOrgName: string;
            /** @example 2026-01 */
            month: string;
            received: number | null;
        };
        RemittanceLine: {
            collected: number;
            kept: number;
            orgId: number;
            remitted: number;
        };
        ReviewTaskCriterion: {
            allOnTime: boolean;
            doneLate: number;
            doneOnTime: number;
            due: number;
            lateLimitPercent: number;
            lateLimitSource: string;
            latePercent: number | null;
            /** @enum {string} */
            maxCategory: "xuat_sac" | "tot" | "hoan_thanh" | "khong_hoan_thanh";
            onTimePercent: number | null;
            overdue: number;
            withinLateLimit: boolean;
        };
        RewardAward: {
            achievement: string;
            decidedOn: string;
            decisionNo: string;
            id: number;
            /** @enum {string} */
            kind: "giay_khen" | "bang_khen" | "co_thi_dua" | "ky_niem_chuong";
            kindLabel: string;
            memberId: number | null;
            orgId: number;
            orgName: string;
            proposalId: number;
            revokedOn: string | null;
            revokeReason: string | null;
            subjectName: string;
            subjectOrgId: number | null;
            year: number;
        };
        RewardAwardList: {
            items: components["schemas"]["RewardAward"][];
        };
        RewardMovement: {
            criteria: string;
            endsOn: string;
            id: number;
            orgId: number;
            orgName: string;
            proposals: number;
            startsOn: string;
            title: string;
            units: {
                id: number;
                name: string;
            }[];
        };
        RewardMovementList: {
            items: components["schemas"]["RewardMovement"][];
        };
        RewardProposal: {
            achievement: string;
            awardId: number | null;
            councilOn: string | null;
            createdAt: string | null;
            decidedOn: string | null;
            decisionNo: string | null;
            failures: {
                code: string;
                message: string;
            }[];
            id: number;
            /** @enum {string} */
            kind: "giay_khen" | "bang_khen" | "co_thi_dua" | "ky_niem_chuong";
            kindLabel: string;
            memberId: number | null;
            movementId: number | null;
            movementTitle: string | null;
            orgId: number;
            orgName: string;
            ruleVersionId: number;
            /** @enum {string} */
            status: "refused" | "submitted" | "approved" | "rejected" | "decided";
            statusLabel: string;
            subjectName: string;
            subjectOrgId: number | null;
            votesAgainst: number | null;
            votesFor: number | null;
            year: number;
        };
        RewardProposalList: {
            items: components["schemas"]["RewardProposal"][];
        };
        Rule: {
            area: string;
            defaultValue?: unknown;
            description: string;
            form: components["schemas"]["RuleForm"];
            inForce: components["schemas"]["RuleVersion"] | null;
            key: string;
            label: string;
            verified: boolean;
            versions: components["schemas"]["RuleVersion"][];
        };
        RuleForm: {
            /** @enum {string} */
            kind: "number";
            label: string;
            max: number;
            min: number;
            unit: string;
        } | {
            fields: {
                label: string;
                max: number;
                min: number;
                name: string;
                unit: string;
            }[];
            /** @enum {string} */
            kind: "fields";
        } | {
            /** @enum {string} */
            kind: "criteria";
        };
        RuleList: {
            items: components["schemas"]["Rule"][];
            /** Format: date */
            on: string;
        };
        RuleVersion: {
            createdAt: string | null;
            createdByName: string | null;
            /** Format: date */
            effectiveFrom: string;
            id: number;
            isDefault: boolean;
            key: string;
            note: string | null;
            source: string;
            value?: unknown;
        };
        ScheduleConflict: {
            eventIds: number[];
            events: {
                date: string;
                id: number;
                orgName: string;
                startTime: string;
                title: string;
            }[];
            fullName: string;
            userId: number;
        };
        ScheduleEvent: {
            chairId: number | null;
            chairName: string | null;
            date: string;
            endTime: string | null;
            id: number;
            note: string | null;
            orgId: number;
            orgName: string;
            participantIds: number[];
            participantNames: string[];
            participants: string | null;
            place: string | null;
            preparingOrgId: number | null;
            preparingOrgName: string | null;
            secrecy: number;
            startTime: string;
            title: string;
            weekday: string;
        };
        ScheduleEventSaved: components["schemas"]["ScheduleEvent"] & {
            conflict: boolean;
            conflicts: components["schemas"]["ScheduleConflict"][];
        };
        ScheduleWeek: {
            can: {
                manage: boolean;
            };
            conflicts: components["schemas"]["ScheduleConflict"][];
            days: {
                date: string;
                weekday: string;
            }[];
            events: (components["schemas"]["ScheduleEvent"] & {
                conflict: boolean;
            })[];
            orgId: number;
            orgName: string;
            weekEnd: string;
            weekStart: string;
        };
        Settings: {
            requireTotpForPrivileged: boolean;
            stalledDays: number;
        };
        StudyActionProgram: {
            can: {
                open: boolean;
            };
            copyScore: number | null;
            program: components["schemas"]["StudyProgramRef"] | null;
            resolution: components["schemas"]["StudyResolution"];
            superior: components["schemas"]["StudyProgramRef"] | null;
        };
        StudyAttendee: {
            canCheck: boolean;
            checkedAt: string | null;
            checkedByName: string | null;
            fullName: string;
            madeUpAt: string | null;
            madeUpIn: number | null;
            memberId: number;
            orgId: number;
            orgName: string;
            point: string | null;
            reason: string | null;
            reflection: components["schemas"]["StudyReflectionBrief"];
            /** @enum {string} */
            state: "studied" | "made_up" | "not_studied";
            stateLabel: string;
            /** @enum {string|null} */
            status: "present" | "absent_excused" | "absent" | null;
            statusLabel: string | null;
        };
        StudyCounts: {
            absent: number;
            absentExcused: number;
            expected: number;
            madeUp: number;
            marked: number;
            notStudied: number;
            passed: number;
            present: number;
            reflections: number;
            unrecorded: number;
        };
        StudyProgramRef: {
            endsOn: string;
            id: number;
            itemCount: number;
            orgId: number;
            orgName: string;
            parentProgramId: number | null;
            startsOn: string;
            /** @enum {string} */
            status: "draft" | "approved";
            statusLabel: string;
            title: string;
        };
        StudyReflection: {
            comment: string | null;
            /** @enum {string|null} */
            grade: "dat" | "chua_dat" | null;
            gradeLabel: string | null;
            id: number;
            markedAt: string | null;
            markedByName: string | null;
            memberId: number;
            mime: string;
            name: string;
            score: number | null;
            sessionId: number;
            sha256: string;
            size: number;
            submittedAt: string | null;
            submittedByName: string | null;
            textChars: number;
            url: string;
            version: number;
        };
        StudyReflectionBrief: {
            comment: string | null;
            /** @enum {string|null} */
            grade: "dat" | "chua_dat" | null;
            gradeLabel: string | null;
            id: number;
            name: string;
            score: number | null;
            submittedAt: string | null;
            url: string;
            version: number;
        } | null;
        StudyReflectionList: {
            items: components["schemas"]["StudyReflection"][];
        };
        StudyResolution: {
            documentId: number | null;
            ref: string;
            title: string;
        };
        StudySession: {
            bridge: {
                host: string;
                points: string[];
            } | null;
            counts: components["schemas"]["StudyCounts"];
            createdAt: string | null;
            createdByName: string | null;
            endsAt: string | null;
            /** @enum {string} */
            expectedBasis: "unit" | "chosen" | "makeup";
            id: number;
            makeupOf: number | null;
            makeups: number;
            /** @enum {string} */
            mode: "in_person" | "video";
            modeLabel: string;
            note: string | null;
            orgId: number;
            orgName: string;
            place: string | null;
            presenter: string | null;
            resolution: components["schemas"]["StudyResolution"];
            secrecy: number;
            startsAt: string;
            title: string;
        };
        StudySessionDetail: components["schemas"]["StudySession"] & {
            attendees: components["schemas"]["StudyAttendee"][];
            can: {
                check: boolean;
                manage: boolean;
                reflect: boolean;
            };
            main: components["schemas"]["StudySession"] | null;
            makeupSessions: components["schemas"]["StudySession"][];
            mine: components["schemas"]["StudyAttendee"] | null;
        };
        StudySessionList: {
            items: components["schemas"]["StudySession"][];
        };
        StudyStats: {
            orgId: number;
            orgName: string;
            rows: {
                direct: boolean;
                expected: number;
                madeUp: number;
                marked: number;
                notStudied: number;
                orgId: number;
                orgName: string;
                passed: number;
                present: number;
                reflections: number;
                sessions: number;
            }[];
            total: {
                expected: number;
                madeUp: number;
                marked: number;
                notStudied: number;
                passed: number;
                present: number;
                reflections: number;
            };
        };
        TallyState: {
            agreed: boolean;
            differenceCount: number;
            differences: {
                candidates: number[];
                first: {
                    marks: boolean[];
                    valid: boolean;
                } | null;
                second: {
                    marks: boolean[];
                    valid: boolean;
                } | null;
                seq: number;
            }[];
            mine: {
                marks: boolean[];
                valid: boolean;
            }[];
            mineTeller: number | null;
            tellers: {
                count: number;
                enteredByName: string | null;
                teller: number;
            }[];
        };
        Task: {
            assigneeId: number | null;
            assigneeName: string | null;
            assignerOrgId: number | null;
            assignerOrgName: string | null;
            bounced: boolean;
            createdAt: string | null;
            description: string | null;
            done: boolean;
            doneOn: string | null;
            dueOn: string;
            extensionCount: number;
            id: number;
            lastReportAt: string | null;
            orgId: number;
            orgName: string;
            originalDueOn: string;
            overdue: boolean;
            product: string | null;
            programId: number | null;
            programItemId: number | null;
            progress: number;
            ruleArticle: string | null;
            secrecy: number;
            source: {
                id: number | null;
                /** @enum {string} */
                kind: "program_item" | "document" | "meeting" | "proposal" | "intel_issue" | "adhoc";
                ref: string | null;
            };
            stalled: boolean;
            startsOn: string | null;
            /** @enum {string} */
            state: "done_on_time" | "done_late" | "open_in_time" | "open_overdue";
            stateLabel: string;
            title: string;
            transferCount: number;
        };
        TaskAssignees: {
            items: {
                fullName: string;
                id: number;
                orgId: number;
                orgName: string;
                role: string;
            }[];
        };
        TaskDetail: components["schemas"]["Task"] & {
            can: {
                manage: boolean;
                report: boolean;
            };
            coordinators: {
                name: string;
                orgId: number;
            }[];
            events: components["schemas"]["TaskEvent"][];
            files: components["schemas"]["TaskFile"][];
        };
        TaskDirective: {
            bounced: number;
            documentId: number | null;
            done: number;
            doneOnTime: number;
            firstDueOn: string;
            lastDueOn: string;
            overdue: number;
            ref: string;
            stalled: number;
            total: number;
            units: number;
        };
        TaskDirectives: {
            items: components["schemas"]["TaskDirective"][];
        };
        TaskEdited: components["schemas"]["Task"] & {
            coordinatingOrgIds: number[];
        };
        TaskEvent: {
            actorId: number | null;
            actorName: string | null;
            at: string | null;
            fromOrgId: number | null;
            fromOrgName: string | null;
            id: number;
            /** @enum {string} */
            kind: "create" | "update" | "extend" | "transfer" | "edit";
            newDueOn: string | null;
            note: string | null;
            oldDueOn: string | null;
            progress: number | null;
            reason: string | null;
            toOrgId: number | null;
            toOrgName: string | null;
        };
        TaskFile: {
            createdAt: string | null;
            createdByName: string | null;
            eventId: number | null;
            id: number;
            mime: string;
            name: string;
            sha256: string;
            size: number;
            url: string;
        };
        TaskList: {
            items: components["schemas"]["Task"][];
            nextCursor: string | null;
        };
        TaskReminderRun: {
            notices: number;
            tasks: number;
            today: string;
        };
        TaskReported: components["schemas"]["Task"] & {
            eventId: number;
        };
        TaskSummary: components["schemas"]["TaskSummaryRow"][];
        TaskSummaryRow: {
            active: boolean;
            bounced: number;
            done: number;
            doneOnTime: number;
            name: string;
            orgId: number;
            overdue: number;
            stalled: number;
            total: number;
        };
        TaskTotals: {
            bounced: number;
            done: number;
            doneOnTime: number;
            name: string;
            orgId: number;
            overdue: number;
            stalled: number;
            total: number;
        };
        TaskTrend: {
            months: {
                doneLate: number;
                doneOnTime: number;
                month: string;
                open: number;
                overdue: number;
                total: number;
            }[];
            orgId: number;
        };
        TotpSetup: {
            secret: string;
            uri: string;
        };
        UnitReview: {
            disciplinedMembers: number;
            orgId: number;
            orgName: string;
            periodLabel: string;
            quarter: number;
            rating: {
                /** @enum {string|null} */
                decidedGrade: "xuat_sac" | "tot" | "hoan_thanh" | "khong_hoan_thanh" | null;
                decidedLabel: string | null;
                generalScore: number;
                /** @enum {string} */
                proposedGrade: "xuat_sac" | "tot" | "hoan_thanh" | "khong_hoan_thanh";
                proposedLabel: string;
                resultScore: number;
                selfReview: string | null;
                total: number;
            } | null;
            tasks: components["schemas"]["ReviewTaskCriterion"];
            year: number;
        };
        User: {
            clearance: number;
            createdAt: string | null;
            disabled: boolean;
            fullName: string;
            id: number;
            orgId: number;
            orgName: string;
            /** @enum {string} */
            role: "admin" | "leader" | "clerk" | "specialist" | "member";
            roleLabel: string;
            totpEnabled: boolean;
            username: string;
        };
        UserList: {
            items: components["schemas"]["User"][];
        };
        WorkCalendarYear: {
            days: components["schemas"]["CalendarDay"][];
            rule: components["schemas"]["HolidayRule"];
            year: number;
        };
        WorkRegulation: {
            createdAt: string | null;
            createdByName: string | null;
            /** Format: date */
            effectiveFrom: string;
            id: number;
            inForce: boolean;
            items: ({
                article: string;
                days: number;
                docType: string | null;
                /** @enum {string} */
                kind: "signing";
                /** @enum {string} */
                mode: "TM" | "KT";
                signerRoles: ("admin" | "leader" | "clerk" | "specialist" | "member")[];
                viaOffice: boolean;
            } | {
                article: string;
                consultee: string;
                days: number;
                docType: string | null;
                /** @enum {string} */
                kind: "consultation";
            } | {
                article: string;
                days: number;
                docType: string | null;
                /** @enum {string} */
                kind: "handling";
            } | {
                article: string;
                body: string;
                /** @enum {string} */
                kind: "quorum";
                majority: {
                    den: number;
                    num: number;
                };
                majorityStrict: boolean;
                quorum: {
                    den: number;
                    num: number;
                };
            })[];
            orgId: number;
            orgName: string;
            source: string;
            title: string;
        };
        WorkRegulationList: {
            items: components["schemas"]["WorkRegulation"][];
            /** Format: date */
            on: string;
        };
    };
    responses: {
        /** @description Dữ liệu không hợp lệ */
        Error400: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Chưa đăng nhập */
        Error401: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Không được phép */
        Error403: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Không tìm thấy */
        Error404: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Xung đột */
        Error409: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Quá lớn */
        Error413: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Vi phạm quy tắc nghiệp vụ */
        Error422: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Quá nhiều lần thử */
        Error429: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Tạm thời không sẵn sàng */
        Error503: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
